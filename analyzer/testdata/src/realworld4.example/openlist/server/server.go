// Package server turns the default secret into the signing key (sweep B of // want package:"jwtlint.config"
// 2026-12-04: OpenListTeam/OpenList 0b1e9d0 server/router.go:38, whose
// default JwtSecret is random.String(16) in internal/conf/config.go:158,
// loaded and stored as alist's is: realworld4.example/alist has that flow).
package server

import (
	"realworld4.example/alist/common"
	"realworld4.example/openlist/random"
)

// Config is the configuration saved as config.json.
type Config struct {
	JwtSecret string `json:"jwt_secret"` // want JwtSecret:"jwtlint.var"
}

// Init sets the key from the default configuration.
func Init() {
	c := &Config{JwtSecret: random.String(16)}
	common.SecretKey = []byte(c.JwtSecret) // want `16-byte`
}

// Rotate sets a 64-character key from the same generator: about 381 bits,
// enough for HS256 (32 characters, 191 bits, are not: short-key judges a
// character-set key by its bits); nothing to report.
func Rotate() {
	common.SecretKey = []byte(random.String(64))
}
