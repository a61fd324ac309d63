// Package conf reduces nezhahq/nezha at 1405ba7 (model/config.go:210,
// cmd/dashboard/controller/jwt.go:68): the configuration generates the JWT
// secret with another package's helper, returns its error, and stores the
// value only past the check, so the helper's "" never reaches the key.
// Reported at main 472e10d as short-key "falls back to an empty key".
package conf

import (
	"log"

	"github.com/golang-jwt/jwt/v5"

	"realworld6.example/errpair/gen"
)

// Config holds the service's settings.
type Config struct {
	JWTSecretKey string
}

// Init fills an unset secret with a generated one.
func (c *Config) Init() error {
	if c.JWTSecretKey == "" {
		generated, err := gen.RandomString(64)
		if err != nil {
			return err
		}
		c.JWTSecretKey = generated
	}
	return nil
}

// Sign signs with the configured secret.
func (c *Config) Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.JWTSecretKey))
}

// fatalOnError: log.Fatal ends the program, so the "" never signs.
func fatalOnError() (string, error) {
	k, err := gen.RandomString(64)
	if err != nil {
		log.Fatal(err)
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k))
}

// unchecked ignores the error: the "" can sign.
func unchecked() (string, error) {
	k, _ := gen.RandomString(64)
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k)) // want `falls back to an empty key`
}

// usedOnError signs in the error branch itself: not guarded.
func usedOnError() (string, error) {
	k, err := gen.RandomString(64)
	if err != nil {
		return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k)) // want `falls back to an empty key`
	}
	return k, nil
}
