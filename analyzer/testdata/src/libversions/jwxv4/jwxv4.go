// Package jwxv4 covers github.com/lestrrat-go/jwx/v4: keys enter through
// the WithKey options and jwk.Import.
package jwxv4

import (
	"os"

	"github.com/lestrrat-go/jwx/v4/jwa"
	"github.com/lestrrat-go/jwx/v4/jwt"
)

func parse(src []byte) (jwt.Token, error) {
	return jwt.Parse(src, jwt.WithKey(jwa.HS256(), []byte("jwx-v4-secret"))) // want `hard\-coded 13\-byte key passed to jwt\.WithKey: anyone who can read the source can forge tokens, and at 13 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
}

func parseEnv(src []byte) (jwt.Token, error) {
	return jwt.Parse(src, jwt.WithKey(jwa.HS256(), []byte(os.Getenv("JWT_SECRET"))))
}
