// Package jwt is a stub of github.com/appleboy/gin-jwt/v3 for jwtlint's
// tests: the API surface only, with the real names and parameter names.
package jwt

import (
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

type GinJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	KeyFunc          func(token *jwt.Token) (any, error)
	Timeout          time.Duration
	Authenticator    func(c *gin.Context) (any, error)
	PayloadFunc      func(data any) jwt.MapClaims
	IdentityKey      string
	PrivKeyFile      string
	PrivKeyBytes     []byte
	PubKeyBytes      []byte
	ParseOptions     []jwt.ParserOption
}

func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

func (mw *GinJWTMiddleware) MiddlewareInit() error { return nil }

func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return nil }

func (mw *GinJWTMiddleware) ParseTokenString(token string) (*jwt.Token, error) { return nil, nil }
