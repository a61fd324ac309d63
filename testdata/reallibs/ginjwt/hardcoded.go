// Package ginjwt uses github.com/appleboy/gin-jwt/v2 the way services do.
// Key signs and verifies; SigningAlgorithm defaults to HS256.
package ginjwt

import (
	"errors"
	"os"
	"time"

	jwt "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"
	gojwt "github.com/golang-jwt/jwt/v4"

	"example.com/reallibs/keys"
)

const signingSecret = "ginjwt-const-signing-secret-6a2e8c4f0b7d13a9e5c2f8b6d0a47e1c"

var packageKey = []byte("ginjwt-package-variable-secret-d1f7b3e9a5c02d8f4b6e1a7c3f09d5b2")

// Settings is the service configuration.
type Settings struct {
	Secret string
	Realm  string
}

func helperKey() []byte {
	return []byte("ginjwt-same-package-helper-secret-8e4a0c6f2b9d15e7a3c8f0b4d6e21a5f")
}

func authenticate(c *gin.Context) (interface{}, error) { return "user", nil }

// NewLiteral configures the middleware with a literal key.
func NewLiteral() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:         "api",
		Key:           []byte("ginjwt-direct-literal-secret-2c8e4a0f6b1d97c3e5a8f2b0d4c61e9a"), // jwtlint:expect hardcoded-key
		Timeout:       time.Hour,
		Authenticator: authenticate,
	})
}

// NewConst uses a constant and an explicit algorithm.
func NewConst() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:            "api",
		SigningAlgorithm: "HS256",
		Key:              []byte(signingSecret), // jwtlint:expect hardcoded-key
		Authenticator:    authenticate,
	})
}

// NewPackageVar assigns the field after construction.
func NewPackageVar() (*jwt.GinJWTMiddleware, error) {
	mw := &jwt.GinJWTMiddleware{Realm: "api", Authenticator: authenticate}
	mw.Key = packageKey // jwtlint:expect hardcoded-key
	return jwt.New(mw)
}

// NewEnvFallback falls back to a default.
func NewEnvFallback() (*jwt.GinJWTMiddleware, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:         "api",
		Key:           []byte(secret), // jwtlint:expect hardcoded-key
		Authenticator: authenticate,
	})
}

// NewStructDefault takes the key from a configuration literal.
func NewStructDefault() (*jwt.GinJWTMiddleware, error) {
	s := Settings{Secret: "ginjwt-struct-field-secret-5b1d7f3a9e0c46b2d8f5a1e7c3b09d4f", Realm: "api"}
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:         s.Realm,
		Key:           []byte(s.Secret), // jwtlint:expect hardcoded-key
		Authenticator: authenticate,
	})
}

// NewHelper takes the key from a helper of this package.
func NewHelper() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Realm: "api", Key: helperKey(), Authenticator: authenticate}) // jwtlint:expect hardcoded-key
}

// NewOtherPackage takes the key from another package.
func NewOtherPackage() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:         "api",
		Key:           []byte(keys.Secret()), // jwtlint:expect hardcoded-key
		Authenticator: authenticate,
	})
}

// NewKeyFunc uses a keyfunc that checks the method.
func NewKeyFunc() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "api",
		KeyFunc: func(t *gojwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*gojwt.SigningMethodHMAC); !ok {
				return nil, errors.New("unexpected signing method")
			}
			return keys.SharedKey(), nil // jwtlint:expect hardcoded-key
		},
		Authenticator: authenticate,
	})
}

// NewEnv uses a key from the environment: not reported.
func NewEnv() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:         "api",
		Key:           []byte(os.Getenv("JWT_SECRET")),
		Authenticator: authenticate,
	})
}

// NewRSAFiles uses key files: not reported.
func NewRSAFiles() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm:            "api",
		SigningAlgorithm: "RS256",
		PrivKeyFile:      "/run/secrets/jwt.key",
		PubKeyFile:       "/run/secrets/jwt.pub",
		Authenticator:    authenticate,
	})
}
