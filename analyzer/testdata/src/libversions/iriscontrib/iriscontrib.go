// Package iriscontrib covers github.com/iris-contrib/middleware/jwt: the
// key is what Config.ValidationKeyGetter returns.
package iriscontrib

import (
	"os"

	"github.com/iris-contrib/middleware/jwt"
)

var mw = jwt.New(jwt.Config{
	ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) {
		return []byte("iris-contrib-secret"), nil // want `keyfunc of jwt\.Config\.ValidationKeyGetter returns a hard\-coded 19\-byte key: anyone who can read the source can forge tokens it accepts, and at 19 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	},
	SigningMethod: jwt.SigningMethodHS256,
})

func envMiddleware() *jwt.Middleware {
	return jwt.New(jwt.Config{
		ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) {
			return []byte(os.Getenv("JWT_SECRET")), nil // want `no emptiness or length check`
		},
		SigningMethod: jwt.SigningMethodHS256,
	})
}

func sign() (string, error) {
	return jwt.NewTokenWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "1"}).SignedString([]byte("iris-contrib-sign")) // want `hard\-coded 17\-byte key passed to \(\*jwt\.Token\)\.SignedString: anyone who can read the source can forge tokens, and at 17 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
}
