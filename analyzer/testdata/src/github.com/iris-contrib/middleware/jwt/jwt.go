// Package jwt is a stub of github.com/iris-contrib/middleware/jwt (on
// golang-jwt/jwt/v4) for jwtlint's tests: the API surface only, with the
// real names and parameter names.
package jwt

import "github.com/golang-jwt/jwt/v4"

const (
	DefaultContextKey = "jwt"
)

type Config struct {
	ValidationKeyGetter jwt.Keyfunc
	ContextKey          string
	CredentialsOptional bool
	EnableAuthOnOptions bool
	SigningMethod       jwt.SigningMethod
	Expiration          bool
}

type (
	Token     = jwt.Token
	MapClaims = jwt.MapClaims
	Claims    = jwt.Claims
)

var (
	NewToken           = jwt.New
	NewTokenWithClaims = jwt.NewWithClaims
)

var (
	SigningMethodHS256 = jwt.SigningMethodHS256
	SigningMethodHS384 = jwt.SigningMethodHS384
	SigningMethodHS512 = jwt.SigningMethodHS512
)

var (
	SigningMethodES256 = jwt.SigningMethodES256
	SigningMethodES384 = jwt.SigningMethodES384
	SigningMethodES512 = jwt.SigningMethodES512
)

type Middleware struct {
	Config Config
}

func New(cfg ...Config) *Middleware { return &Middleware{} }
