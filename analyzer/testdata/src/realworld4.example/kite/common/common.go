// Package common holds the JWT secret: JWT_SECRET, or 32 characters from
// utils.RandomString when it is unset (sweep stop 18: zxh326/kite
// pkg/common/common.go:47 before e2c18b2).
package common

import (
	"os"

	"realworld4.example/kite/utils"
)

// JwtSecret is the HMAC key.
var JwtSecret = ""

// LoadEnvs reads the environment.
func LoadEnvs() {
	if secret := os.Getenv("JWT_SECRET"); secret != "" {
		JwtSecret = secret
	} else {
		JwtSecret = utils.RandomString(32)
	}
}
