package unverified

import (
	"os"

	cristal "github.com/cristalhq/jwt/v4"
	jose "github.com/go-jose/go-jose/v3"
	josejwt "github.com/go-jose/go-jose/v3/jwt"
	kataras "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jws"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	pascal "github.com/pascaldekloe/jwt"
)

func jwxInsecure(buf []byte) (jwxjwt.Token, error) {
	return jwxjwt.ParseInsecure(buf) // want `jwt.ParseInsecure does not verify the token's signature`
}

func jwxNoVerify(buf []byte) (jwxjwt.Token, error) {
	return jwxjwt.Parse(buf, jwxjwt.WithVerify(false)) // want `jwt.WithVerify\(false\) turns signature verification off: anyone can forge the claims of the tokens parsed with it; verify with a key instead`
}

func jwxVerify(buf []byte) (jwxjwt.Token, error) {
	return jwxjwt.Parse(buf, jwxjwt.WithVerify(true), jwxjwt.WithKey(jwa.HS256, []byte(os.Getenv("K"))))
}

func jwsParse(buf []byte) ([]byte, error) {
	msg, err := jws.Parse(buf) // want `jws.Parse does not verify`
	if err != nil {
		return nil, err
	}
	return msg.Payload(), nil
}

// jwsPeekThenVerify reads the header, then verifies the same buffer.
func jwsPeekThenVerify(buf []byte) ([]byte, error) {
	if _, err := jws.Parse(buf); err != nil {
		return nil, err
	}
	return jws.Verify(buf, jws.WithKey(jwa.HS256, []byte(os.Getenv("K"))))
}

// jwxPeekThenVerify parses with verification off to read the issuer, then
// verifies the same token.
func jwxPeekThenVerify(buf []byte) (jwxjwt.Token, error) {
	if _, err := jwxjwt.Parse(buf, jwxjwt.WithVerify(false)); err != nil {
		return nil, err
	}
	return jwxjwt.Parse(buf, jwxjwt.WithKey(jwa.HS256, []byte(os.Getenv("K"))))
}

func joseClaims(raw string) (string, error) {
	tok, err := josejwt.ParseSigned(raw)
	if err != nil {
		return "", err
	}
	var c josejwt.Claims
	err = tok.UnsafeClaimsWithoutVerification(&c) // want `\(\*jwt.JSONWebToken\).UnsafeClaimsWithoutVerification does not verify`
	return c.Subject, err
}

func josePeekThenVerify(raw string) (josejwt.Claims, error) {
	var c, peek josejwt.Claims
	tok, err := josejwt.ParseSigned(raw)
	if err != nil {
		return c, err
	}
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return c, err
	}
	return c, tok.Claims([]byte(os.Getenv("K")), &c)
}

func josePayload(raw string) []byte {
	sig, _ := jose.ParseSigned(raw)
	return sig.UnsafePayloadWithoutVerification() // want `\(jose.JSONWebSignature\).UnsafePayloadWithoutVerification does not verify`
}

func cristalNoVerify(raw []byte) string {
	tok, _ := cristal.ParseNoVerify(raw) // want `jwt.ParseNoVerify does not verify`
	return tok.String()
}

func katarasDecode(raw []byte) {
	kataras.Decode(raw) // want `jwt.Decode does not verify`
}

func pascalNoCheck(raw []byte) string {
	c, _ := pascal.ParseWithoutCheck(raw) // want `jwt.ParseWithoutCheck does not verify`
	return c.Subject
}

// pascalPeekThenCheck peeks, then checks the same token.
func pascalPeekThenCheck(raw []byte) (*pascal.Claims, error) {
	if _, err := pascal.ParseWithoutCheck(raw); err != nil {
		return nil, err
	}
	return pascal.HMACCheck(raw, []byte(os.Getenv("K")))
}
