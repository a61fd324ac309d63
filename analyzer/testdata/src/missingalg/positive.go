package missingalg

import (
	"crypto/rsa"
	"net/http"
	"os"

	"example.com/verifyhelpers"
	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

var pub *rsa.PublicKey

func closureSecret(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key: a forged token can choose HMAC and be checked with key bytes meant for another algorithm \(HMAC/RSA confusion\); pass jwt.WithValidMethods with the algorithms you expect, or check t.Method in the keyfunc`
		return []byte(os.Getenv("UNPAIRED_SECRET")), nil
	})
}

func publicOnly(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names; its keyfunc returns only public keys, so restricting the algorithm is defence in depth; pass jwt.WithValidMethods with the algorithms you expect, or check t.Method in the keyfunc`
		return pub, nil
	})
}

func namedKeyfunc(t *jwt.Token) (any, error) {
	return []byte(os.Getenv("UNPAIRED_SECRET")), nil
}

func named(s string, claims *jwt.RegisteredClaims) {
	jwt.ParseWithClaims(s, claims, namedKeyfunc, jwt.WithLeeway(0)) // want `jwt.ParseWithClaims accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

type keys struct{ secret []byte }

func (k *keys) keyfunc(t *jwt.Token) (any, error) { return k.secret, nil }

func methodValue(k *keys, s string) {
	jwt.Parse(s, k.keyfunc) // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

func factory(secret []byte) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return secret, nil }
}

func viaFactory(s string) {
	jwt.Parse(s, factory([]byte(os.Getenv("UNPAIRED_SECRET")))) // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

func optionsWithoutWhitelist(s string) {
	opts := []jwt.ParserOption{jwt.WithLeeway(5), jwt.WithIssuer("me")}
	jwt.Parse(s, namedKeyfunc, opts...) // want `jwt.Parse accepts any algorithm`
}

func parserWithoutWhitelist(s string) {
	p := jwt.NewParser(jwt.WithJSONNumber())
	p.Parse(s, namedKeyfunc) // want `\(\*jwt.Parser\).Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key: .*; build the parser with jwt.NewParser\(jwt.WithValidMethods\(\[\]string\{…\}\)\), or check t.Method in the keyfunc`
}

type server struct{ parser *jwt.Parser }

func newServer() *server { return &server{parser: jwt.NewParser()} }

func (s *server) fieldParser(tok string) {
	s.parser.Parse(tok, namedKeyfunc) // want `\(\*jwt.Parser\).Parse accepts any algorithm`
}

func fromRequest(r *http.Request) {
	request.ParseFromRequest(r, request.OAuth2Extractor, namedKeyfunc) // want `request.ParseFromRequest accepts any algorithm the token names and its keyfunc can return a \[\]byte key: .*; pass request.WithParser\(jwt.NewParser\(jwt.WithValidMethods\(\[\]string\{…\}\)\)\), or check t.Method in the keyfunc`
}

func fromRequestParser(r *http.Request) {
	request.ParseFromRequest(r, request.OAuth2Extractor, namedKeyfunc, request.WithParser(jwt.NewParser())) // want `request.ParseFromRequest accepts any algorithm`
}

func otherPackage(s string) {
	jwt.Parse(s, verifyhelpers.UncheckedKeyfunc) // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

func otherPackageFactory(s string) {
	jwt.Parse(s, verifyhelpers.LooseKeyfunc(nil)) // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

func phiKeyfunc(s string, admin bool) {
	kf := namedKeyfunc
	if admin {
		kf = func(t *jwt.Token) (any, error) { return pub, nil }
	}
	jwt.Parse(s, kf) // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
}

var globalKeyfunc jwt.Keyfunc = namedKeyfunc

func viaGlobal(s string) {
	jwt.Parse(s, globalKeyfunc) // want `jwt.Parse accepts any algorithm`
}
