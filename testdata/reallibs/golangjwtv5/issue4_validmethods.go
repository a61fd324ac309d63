package golangjwtv5

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

// strictParser is built once with a whitelist and kept in a package
// variable.
var strictParser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))

// Verifier keeps a whitelisting parser in a struct field.
type Verifier struct {
	parser *jwt.Parser
}

// NewVerifier builds a Verifier whose parser whitelists HS256.
func NewVerifier() *Verifier {
	return &Verifier{parser: jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))}
}

// Verify parses with the stored parser and an unchecked keyfunc: not
// reported.
func (v *Verifier) Verify(raw string) error {
	_, err := v.parser.Parse(raw, verifyKey)
	return err
}

// VerifyWithValidMethods passes the whitelist to Parse: not reported.
func VerifyWithValidMethods(raw string) error {
	_, err := jwt.Parse(raw, verifyKey, jwt.WithValidMethods([]string{"HS256"}))
	return err
}

// VerifyOptionsSlice passes the whitelist through an options slice: not
// reported.
func VerifyOptionsSlice(raw string) error {
	opts := []jwt.ParserOption{jwt.WithJSONNumber(), jwt.WithValidMethods([]string{"HS256", "HS384"})}
	_, err := jwt.ParseWithClaims(raw, jwt.MapClaims{}, verifyKey, opts...)
	return err
}

// VerifyPackageParser uses the package-level parser: not reported.
func VerifyPackageParser(raw string) error {
	_, err := strictParser.ParseWithClaims(raw, jwt.MapClaims{}, verifyKey)
	return err
}

// VerifyLocalParser builds the parser in the same function: not reported.
func VerifyLocalParser(raw string) error {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	_, err := p.Parse(raw, verifyKey)
	return err
}

// VerifyRequestWithParser passes a whitelisting parser to ParseFromRequest:
// not reported.
func VerifyRequestWithParser(r *http.Request) error {
	_, err := request.ParseFromRequest(r, request.OAuth2Extractor, verifyKey, request.WithParser(strictParser))
	return err
}

// VerifyOtherOptionsOnly passes options without a whitelist.
func VerifyOtherOptionsOnly(raw string) error {
	_, err := jwt.Parse(raw, verifyKey, jwt.WithJSONNumber()) // jwtlint:expect missing-alg-check
	return err
}
