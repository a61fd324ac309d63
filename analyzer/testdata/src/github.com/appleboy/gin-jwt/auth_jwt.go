// Package jwt is a stub of github.com/appleboy/gin-jwt (v1 to v2.6.0, before
// the /v2 module path) for jwtlint's tests: the API surface only, with the
// real names and parameter names.
package jwt

import (
	"time"

	"github.com/gin-gonic/gin"
)

type GinJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	Timeout          time.Duration
	PrivKeyFile      string
}

func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

func (mw *GinJWTMiddleware) MiddlewareInit() error { return nil }

func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return nil }

func (mw *GinJWTMiddleware) TokenGenerator(data interface{}) (string, time.Time, error) {
	return "", time.Time{}, nil
}
