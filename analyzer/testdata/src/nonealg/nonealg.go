package nonealg

import (
	"errors"

	gbrl "github.com/gbrlsnchs/jwt/v3"
	"github.com/golang-jwt/jwt/v5"
	kataras "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jws"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

func signNone(claims jwt.Claims) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims)  // want `jwt.SigningMethodNone allows unsigned tokens \("alg": "none"\): anyone can forge them; sign and verify with a real algorithm and key`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
}

func acceptNone(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return jwt.UnsafeAllowNoneSignatureType, nil // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
	})
}

// rejectNone compares with the none method to refuse it: not reported.
func rejectNone(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone {
			return nil, errors.New("unsigned token")
		}
		switch t.Method {
		case jwt.SigningMethodNone:
			return nil, errors.New("unsigned token")
		}
		return nil, errors.New("no key")
	}, jwt.WithValidMethods([]string{"RS256"}))
}

func jwxNone(tok jwxjwt.Token, buf []byte) {
	jwxjwt.Sign(tok, jwxjwt.WithInsecureNoSignature())  // want `jwt.WithInsecureNoSignature\(\) allows unsigned tokens`
	jws.Verify(buf, jws.WithKey(jwa.NoSignature, nil)) // want `jwa.NoSignature allows unsigned tokens`
}

func jwxRejectNone(alg jwa.SignatureAlgorithm) bool {
	return alg != jwa.NoSignature
}

func katarasNone(claims any) {
	kataras.Sign(kataras.NONE, nil, claims) // want `jwt.NONE allows unsigned tokens`
}

func gbrlNone() gbrl.Algorithm {
	return gbrl.None() // want `jwt.None\(\) allows unsigned tokens`
}
