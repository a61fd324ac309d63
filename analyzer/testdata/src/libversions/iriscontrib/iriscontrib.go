// Package iriscontrib covers github.com/iris-contrib/middleware/jwt: the
// key is what Config.ValidationKeyGetter returns.
package iriscontrib

import (
	"os"

	"github.com/iris-contrib/middleware/jwt"
)

var mw = jwt.New(jwt.Config{
	ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) {
		return []byte("iris-contrib-secret"), nil // want `hard-coded 19-byte key`
	},
	SigningMethod: jwt.SigningMethodHS256,
})

func envMiddleware() *jwt.Middleware {
	return jwt.New(jwt.Config{
		ValidationKeyGetter: func(token *jwt.Token) (interface{}, error) {
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
		SigningMethod: jwt.SigningMethodHS256,
	})
}

func sign() (string, error) {
	return jwt.NewTokenWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "1"}).SignedString([]byte("iris-contrib-sign")) // want `hard-coded 17-byte key`
}
