// Package regresshertz is a regression fixture from the real-world sweep
// (hertz-contrib/jwt v1.0.4, example/basic/main.go:70): hertz-contrib/jwt,
// gin-jwt ported to Hertz, was not in the table, so its example's
// hard-coded Key was missed.
package regresshertz

import (
	"os"
	"time"

	"github.com/hertz-contrib/jwt"
)

func middleware() (*jwt.HertzJWTMiddleware, error) {
	return jwt.New(&jwt.HertzJWTMiddleware{
		Realm:            "test zone",
		SigningAlgorithm: "HS256",
		Key:              []byte("secret key"), // want `well-known sample secret passed to jwt.HertzJWTMiddleware.Key: attackers try it first`
		Timeout:          time.Hour,
	})
}

func fromEnv() (*jwt.HertzJWTMiddleware, error) {
	return jwt.New(&jwt.HertzJWTMiddleware{
		SigningAlgorithm: "HS512",
		Key:              []byte(os.Getenv("JWT_KEY")), // want `key from os.Getenv\("JWT_KEY"\) reaches .* with no emptiness or length check`
	})
}
