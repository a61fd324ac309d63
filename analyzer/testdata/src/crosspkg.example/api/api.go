// Package api signs with keys from the configuration package, whose // want package:"jwtlint.config" package:"jwtlint.pkg"
// defaults are struct tags.
package api

import (
	"crosspkg.example/conf"

	"github.com/golang-jwt/jwt/v5"
)

func sign(key string) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

// Serve signs with each key.
func Serve() {
	cfg, err := conf.Load()
	if err != nil {
		panic(err)
	}
	sign(cfg.Secret) // want `key passed to \(\*jwt.Token\).SignedString through api.sign \(api.go:12\) falls back to a hard-coded 19-byte key from the envDefault tag of conf.Config.Secret \(conf.go:14\)`
	sign(cfg.Guarded)
	sign(cfg.Safe)
	sign(conf.Getenv("JWT_SECRET", "cross-variadic-default")) // want `falls back to a hard-coded 22-byte key: anyone`
	sign(conf.Getenv("JWT_SECRET"))
}
