// Package regressnonelist is a missed shape of the real-world sweep
// (coreos/go-oidc v3.21.0, oidc/verify.go:308): the algorithm "none" put in
// the list of algorithms a parser accepts, here appended to it under an
// "insecure" setting. go-jose then parses unsigned tokens; golang-jwt
// accepts them when the keyfunc allows it. none-alg reports the "none" in
// the list, wherever the list is built.
package regressnonelist

import (
	"github.com/go-jose/go-jose/v4"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

type config struct {
	Algs          []string
	InsecureSkip  bool
	AllowUnsigned bool
}

// verifyJWT is go-oidc's shape.
func verifyJWT(cfg config, raw string) ([]byte, error) {
	var algs []jose.SignatureAlgorithm
	for _, a := range cfg.Algs {
		algs = append(algs, jose.SignatureAlgorithm(a))
	}
	if len(algs) == 0 {
		algs = []jose.SignatureAlgorithm{jose.RS256}
	}
	if cfg.InsecureSkip {
		algs = append(algs, "none") // want `"none" in the algorithm list of jose.ParseSigned allows unsigned tokens \("alg": "none"\)`
	}
	jws, err := jose.ParseSigned(raw, algs)
	if err != nil {
		return nil, err
	}
	return jws.UnsafePayloadWithoutVerification(), nil // want `UnsafePayloadWithoutVerification does not verify`
}

// noneConst names "none" in a constant.
const noneAlg = "none"

func literalList(raw string, keyfunc jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"RS256", noneAlg})) // want `"none" in the algorithm list of jwt.WithValidMethods allows unsigned tokens`
}

func parserField(raw string, keyfunc jwtv4.Keyfunc) (*jwtv4.Token, error) {
	p := &jwtv4.Parser{ValidMethods: []string{"HS256", "None"}} // want `"None" in the algorithm list of jwt.Parser.ValidMethods allows unsigned tokens`
	return p.Parse(raw, keyfunc)
}

// Lists without "none" are not reported, nor is a "none" that is compared.
func safeLists(raw string, keyfunc jwt.Keyfunc, alg string) error {
	if alg == "none" {
		return nil
	}
	if _, err := jose.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256, jose.ES256}); err != nil {
		return err
	}
	_, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"RS256"}))
	return err
}
