// Package server sets the keys that other packages sign with: each store // want package:"jwtlint.config"
// is judged where it is written.
package server

import (
	"flag"
	"math/rand"
	"os"

	"crosspkg.example/common"
	"crosspkg.example/global"
	"crosspkg.example/middleware"
)

func randString(n int) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func literal() {
	common.JWTSecret = []byte("server-literal-key") // want `hard-coded 18-byte key passed to \(\*jwt.Token\).SignedString through common.JWTSecret \(common.go:16\)`
	common.Issuer = "server"
}

func random() {
	global.Config.JWT.SigningKey = randString(32) // want `key passed to \(\*jwt.Token\).SignedString through global.ServerConfig.JWT.SigningKey \(middleware.go:13\) comes from math/rand.Intn \(through server.randString\), which is predictable`
	global.Config.Addr = ":8080"
}

func fromEnv() {
	common.JWTSecret = []byte(os.Getenv("JWT_SECRET"))
	global.Config.JWT.SigningKey = os.Getenv("SIGNING_KEY")
}

func flags() {
	flag.StringVar(&global.Config.JWT.SigningKey, "key", "flag-default-key", "HMAC key") // want `key passed to \(\*jwt.Token\).SignedString through global.ServerConfig.JWT.SigningKey \(middleware.go:13\) falls back to a hard-coded 16-byte key`
}

// Run starts the server.
func Run() {
	literal()
	random()
	fromEnv()
	flags()
	middleware.Token("u1")
}
