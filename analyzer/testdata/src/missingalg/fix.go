package missingalg

import (
	"crypto/ed25519"
	"os"

	jwt5 "github.com/golang-jwt/jwt/v5"
)

var hmacSecret = []byte(os.Getenv("JWT_SECRET"))

func sign(claims jwt5.Claims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS384, claims).SignedString(hmacSecret)
}

func pairedWithSigning(s string) {
	jwt5.Parse(s, func(t *jwt5.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key: .*; pass jwt.WithValidMethods\(\[\]string\{"HS384"\}\), or check t.Method in the keyfunc`
		return hmacSecret, nil
	})
}

func pairedWithOptions(s string) {
	jwt5.Parse(s, func(t *jwt5.Token) (any, error) { return hmacSecret, nil }, jwt5.WithLeeway(5)) // want `jwt.Parse accepts any algorithm`
}

var edPub ed25519.PublicKey

func keyType(s string) {
	jwt5.Parse(s, func(t *jwt5.Token) (any, error) { // want `jwt.Parse accepts any algorithm the token names; its keyfunc returns only public keys, so restricting the algorithm is defence in depth; pass jwt.WithValidMethods\(\[\]string\{"EdDSA"\}\)`
		return edPub, nil
	})
}

func intoNewParser(s string) {
	p := jwt5.NewParser()
	p.Parse(s, func(t *jwt5.Token) (any, error) { return hmacSecret, nil }) // want `\(\*jwt.Parser\).Parse accepts any algorithm.*build the parser with jwt.NewParser\(jwt.WithValidMethods\(\[\]string\{"HS384"\}\)\)`
}
