package tokenorigin

// Sweep case V7 (gofiber/recipes auth-jwt/handlers/auth.go:64 at 050ec92):
// a handler reads the expiry of the access token its own service has just
// signed, through a chain of unexported helpers, to set a cookie's expiry.

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type authService struct{ key []byte }

func (s *authService) Login(user string) (string, error) { // want Login:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: user}).SignedString(s.key)
}

// tokenIssuer is the service's interface; its implementation signs.
type tokenIssuer interface {
	Login(user string) (string, error)
}

func accessTokenExpiry(tok string) time.Time {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(tok, &c); err != nil || c.ExpiresAt == nil {
		return time.Now()
	}
	return c.ExpiresAt.Time
}

func setCookie(tok string) time.Time { return accessTokenExpiry(tok) }

func loginHandler(s *authService, user string) time.Time {
	t, _ := s.Login(user)
	return setCookie(t)
}

func loginViaInterface(s tokenIssuer, user string) time.Time {
	t, _ := s.Login(user)
	return setCookie(t)
}
