// Package sign signs with config's secrets (see config).
package sign

import (
	"github.com/golang-jwt/jwt/v5"
	"regressregistrar.example/config"
)

func sign(secret string) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))
}

// SignAll signs with each secret.
func SignAll() {
	config.Load()
	sign(config.OnInitSecret)
	sign(config.OnInitDev)
	sign(config.OnceSecret)
	sign(config.ClosureSecret)
	sign(config.HookSecret)
	sign(config.PreRunSecret)
	sign(config.NestedSecret)
	sign(config.SometimesSecret) // want `well-known sample secret`
	sign(config.NeverSecret)     // want `well-known sample secret`
	sign(config.HookSometimes)   // want `empty key`
}
