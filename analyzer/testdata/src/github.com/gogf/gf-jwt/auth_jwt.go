// Package jwt is a stub of github.com/gogf/gf-jwt (v1, for GoFrame) for
// jwtlint's tests: the middleware's settings only, with the real names.
package jwt

import "time"

type GfJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	Timeout          time.Duration
}

func New(m *GfJWTMiddleware) (*GfJWTMiddleware, error) { return m, nil }

func (mw *GfJWTMiddleware) TokenGenerator(data interface{}) (string, time.Time, error) {
	return "", time.Time{}, nil
}
