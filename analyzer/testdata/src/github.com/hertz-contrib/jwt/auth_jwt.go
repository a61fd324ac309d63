// Package jwt is a stub of github.com/hertz-contrib/jwt v1.0.4 for
// jwtlint's tests: the part of the API surface the table names, with the
// real names.
package jwt

import (
	"time"

	"github.com/golang-jwt/jwt/v4"
)

type HertzJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	KeyFunc          func(token *jwt.Token) (interface{}, error)
	Timeout          time.Duration
	MaxRefresh       time.Duration
	PrivKeyFile      string
	PrivKeyBytes     []byte
	PubKeyFile       string
	PubKeyBytes      []byte
	ParseOptions     []jwt.ParserOption
}

func New(m *HertzJWTMiddleware) (*HertzJWTMiddleware, error) { return m, nil }
