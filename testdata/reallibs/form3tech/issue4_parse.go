package form3tech

import (
	"crypto/rsa"
	"errors"
	"net/http"
	"os"

	jwt "github.com/form3tech-oss/jwt-go"
	"github.com/form3tech-oss/jwt-go/request"
)

func envKey() []byte { return []byte(os.Getenv("JWT_SECRET")) }

// VerifyAnyMethod returns the HMAC key whatever the token's algorithm.
func VerifyAnyMethod(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // jwtlint:expect missing-alg-check
		return envKey(), nil
	})
}

// verifyKey is a named keyfunc that does not look at the method.
func verifyKey(t *jwt.Token) (interface{}, error) {
	return envKey(), nil
}

// VerifyNamedUnchecked passes a named keyfunc that does not check.
func VerifyNamedUnchecked(raw string) error {
	_, err := jwt.ParseWithClaims(raw, jwt.MapClaims{}, verifyKey) // jwtlint:expect missing-alg-check
	return err
}

// VerifyParserUnchecked uses a Parser and an unchecked keyfunc.
func VerifyParserUnchecked(raw string) error {
	p := new(jwt.Parser)
	_, err := p.Parse(raw, verifyKey) // jwtlint:expect missing-alg-check
	return err
}

// VerifyRequestUnchecked verifies a request without checking the method.
func VerifyRequestUnchecked(r *http.Request) error {
	_, err := request.ParseFromRequest(r, request.OAuth2Extractor, verifyKey) // jwtlint:expect missing-alg-check
	return err
}

// VerifyRSAUnchecked returns only an RSA public key: checking the method is
// defence in depth here.
func VerifyRSAUnchecked(raw string, pub *rsa.PublicKey) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { // jwtlint:expect missing-alg-check
		return pub, nil
	})
	return err
}

// keyfuncFactory returns a keyfunc that does not check the method.
func keyfuncFactory(key []byte) jwt.Keyfunc {
	return func(t *jwt.Token) (interface{}, error) {
		return key, nil
	}
}

// VerifyFactoryUnchecked uses a keyfunc returned by a factory.
func VerifyFactoryUnchecked(raw string) error {
	_, err := jwt.Parse(raw, keyfuncFactory(envKey())) // jwtlint:expect missing-alg-check
	return err
}

// VerifyTypeAssert checks the method with a type assertion: not reported.
func VerifyTypeAssert(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return envKey(), nil
	})
	return err
}

// VerifyTypeSwitch switches on the method type: not reported.
func VerifyTypeSwitch(raw string, pub *rsa.PublicKey) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		switch t.Method.(type) {
		case *jwt.SigningMethodRSA:
			return pub, nil
		default:
			return nil, errUnexpectedMethod
		}
	})
	return err
}

// VerifyAlgCompare compares the algorithm name: not reported.
func VerifyAlgCompare(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != "HS256" {
			return nil, errUnexpectedMethod
		}
		return envKey(), nil
	})
	return err
}

// VerifyHeaderCompare compares the alg header: not reported.
func VerifyHeaderCompare(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Header["alg"] != jwt.SigningMethodHS256.Alg() {
			return nil, errUnexpectedMethod
		}
		return envKey(), nil
	})
	return err
}

// VerifyCheckedNamed uses the named keyfunc hmacOnly, which checks: not
// reported.
func VerifyCheckedNamed(raw string) error {
	_, err := jwt.Parse(raw, hmacOnly)
	return err
}

// ReadClaimsUnverified trusts claims from a token it never verified.
func ReadClaimsUnverified(raw string) (string, error) {
	mc := jwt.MapClaims{}
	if _, _, err := new(jwt.Parser).ParseUnverified(raw, mc); err != nil { // jwtlint:expect unverified-parse
		return "", err
	}
	sub, _ := mc["sub"].(string)
	return sub, nil
}

// KidThenVerify reads the kid before verifying the same token: not
// reported.
func KidThenVerify(raw string, keysByID map[string][]byte) (*jwt.Token, error) {
	unverified, _, err := new(jwt.Parser).ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		key, ok := keysByID[kid]
		if !ok {
			return nil, errors.New("unknown kid")
		}
		return key, nil
	})
}

// SignNone issues an unsigned token.
func SignNone(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims(sub)) // jwtlint:expect none-alg
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)    // jwtlint:expect none-alg
}

// AcceptNone accepts unsigned tokens.
func AcceptNone(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != "none" {
			return nil, errUnexpectedMethod
		}
		return jwt.UnsafeAllowNoneSignatureType, nil // jwtlint:expect none-alg
	})
	return err
}
