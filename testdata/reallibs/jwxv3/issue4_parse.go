package jwxv3

import (
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jws"
	"github.com/lestrrat-go/jwx/v3/jwt"

	"example.com/reallibs/keys"
)

// ParseInsecure trusts a token it never verified.
func ParseInsecure(raw []byte) (jwt.Token, error) {
	return jwt.ParseInsecure(raw) // jwtlint:expect unverified-parse
}

// ParseNoVerify turns verification off.
func ParseNoVerify(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithVerify(false)) // jwtlint:expect unverified-parse
}

// PayloadUnverified reads a JWS payload without verifying it.
func PayloadUnverified(buf []byte) ([]byte, error) {
	msg, err := jws.Parse(buf) // jwtlint:expect unverified-parse
	if err != nil {
		return nil, err
	}
	return msg.Payload(), nil
}

// InspectThenVerify parses the message before verifying the same buffer:
// not reported.
func InspectThenVerify(buf []byte) ([]byte, error) {
	if _, err := jws.Parse(buf); err != nil {
		return nil, err
	}
	return jws.Verify(buf, jws.WithKey(jwa.HS256(), keys.FromEnv()))
}

// SignUnsigned issues an unsigned JWT.
func SignUnsigned(sub string) ([]byte, error) {
	tok, err := newToken(sub)
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithInsecureNoSignature()) // jwtlint:expect none-alg
}

// SignNoneJWS signs a JWS with the none algorithm.
func SignNoneJWS(payload []byte) ([]byte, error) {
	return jws.Sign(payload, jws.WithInsecureNoSignature()) // jwtlint:expect none-alg
}

// VerifyNone accepts the none algorithm.
func VerifyNone(buf []byte) ([]byte, error) {
	return jws.Verify(buf, jws.WithKey(jwa.NoSignature(), nil)) // jwtlint:expect none-alg
}
