// Package jwt is a stub of github.com/appleboy/gin-jwt/v2 for jwtlint's
// tests: the API surface only, with the real names and parameter names.
package jwt

import (
	"crypto/rsa"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
)

type MapClaims map[string]interface{}

type GinJWTMiddleware struct {
	Realm                 string
	SigningAlgorithm      string
	Key                   []byte
	KeyFunc               func(token *jwt.Token) (interface{}, error)
	Timeout               time.Duration
	TimeoutFunc           func(data interface{}) time.Duration
	MaxRefresh            time.Duration
	Authenticator         func(c *gin.Context) (interface{}, error)
	Authorizator          func(data interface{}, c *gin.Context) bool
	PayloadFunc           func(data interface{}) MapClaims
	Unauthorized          func(c *gin.Context, code int, message string)
	LoginResponse         func(c *gin.Context, code int, message string, time time.Time)
	LogoutResponse        func(c *gin.Context, code int)
	RefreshResponse       func(c *gin.Context, code int, message string, time time.Time)
	IdentityHandler       func(*gin.Context) interface{}
	IdentityKey           string
	TokenLookup           string
	TokenHeadName         string
	TimeFunc              func() time.Time
	HTTPStatusMessageFunc func(e error, c *gin.Context) string
	PrivKeyFile           string
	PrivKeyBytes          []byte
	PubKeyFile            string
	PrivateKeyPassphrase  string
	PubKeyBytes           []byte
	privKey               *rsa.PrivateKey
	pubKey                *rsa.PublicKey
	SendCookie            bool
	CookieMaxAge          time.Duration
	SecureCookie          bool
	CookieHTTPOnly        bool
	CookieDomain          string
	SendAuthorization     bool
	DisabledAbort         bool
	CookieName            string
	CookieSameSite        http.SameSite
	ParseOptions          []jwt.ParserOption
	ExpField              string
}

var (
	IdentityKey = "identity"
)

func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

func (mw *GinJWTMiddleware) MiddlewareInit() error { return nil }

func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return nil }

func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context) {}

func (mw *GinJWTMiddleware) LogoutHandler(c *gin.Context) {}

func (mw *GinJWTMiddleware) RefreshHandler(c *gin.Context) {}

func (mw *GinJWTMiddleware) TokenGenerator(data interface{}) (string, time.Time, error) {
	return "", time.Time{}, nil
}

func (mw *GinJWTMiddleware) ParseTokenString(token string) (*jwt.Token, error) { return nil, nil }

func ExtractClaims(c *gin.Context) MapClaims { return nil }
