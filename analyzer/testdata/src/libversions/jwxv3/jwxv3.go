// Package jwxv3 covers github.com/lestrrat-go/jwx/v3: keys enter through
// the WithKey options and jwk.Import.
package jwxv3

import (
	"os"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

func parse(src []byte) (jwt.Token, error) {
	return jwt.Parse(src, jwt.WithKey(jwa.HS256(), []byte("jwx-v3-secret"))) // want `hard-coded 13-byte key passed to`
}

func parseEnv(src []byte) (jwt.Token, error) {
	return jwt.Parse(src, jwt.WithKey(jwa.HS256(), []byte(os.Getenv("JWT_SECRET"))))
}
