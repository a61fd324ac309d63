// Package jwxv1 covers github.com/lestrrat-go/jwx (v1): the algorithm and
// key are arguments of Sign, Verify and jwt.WithVerify.
package jwxv1

import (
	"os"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
	"github.com/lestrrat-go/jwx/jws"
	"github.com/lestrrat-go/jwx/jwt"
)

func sign(t jwt.Token) ([]byte, error) {
	return jwt.Sign(t, jwa.HS256, []byte("jwx-v1-secret")) // want `hard-coded 13-byte key passed to`
}

func signEnv(t jwt.Token) ([]byte, error) {
	return jwt.Sign(t, jwa.HS256, []byte(os.Getenv("JWT_SECRET")))
}

func parse(src []byte) (jwt.Token, error) {
	return jwt.Parse(src, jwt.WithVerify(jwa.HS512, []byte("jwx-v1-verify-secret"))) // want `hard-coded 20-byte key passed to`
}

func raw() (jwk.Key, error) {
	return jwk.New([]byte("jwx-v1-raw-key")) // want `hard-coded 14-byte key passed to`
}

func verify(buf []byte) ([]byte, error) {
	return jws.Verify(buf, jwa.HS256, []byte(os.Getenv("JWT_SECRET")))
}

func none(payload []byte) ([]byte, error) {
	return jws.Sign(payload, jwa.NoSignature, nil) // want `none`
}
