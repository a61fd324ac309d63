// Package jwt is a stub of github.com/gogf/gf-jwt/v2 (for GoFrame v2) for
// jwtlint's tests: the middleware's settings only, with the real names.
package jwt

import (
	"time"

	"github.com/golang-jwt/jwt/v4"
)

type GfJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	KeyFunc          func(token *jwt.Token) (interface{}, error)
	Timeout          time.Duration
	PrivKeyBytes     []byte
}

func New(mw *GfJWTMiddleware) *GfJWTMiddleware { return mw }

func (mw *GfJWTMiddleware) TokenGenerator(data interface{}) (string, time.Time, error) {
	return "", time.Time{}, nil
}
