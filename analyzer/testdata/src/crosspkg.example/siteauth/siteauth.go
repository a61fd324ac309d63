// Package siteauth signs with the secret of the configuration siteboot // want package:"jwtlint.config" package:"jwtlint.pkg"
// loads (sweep: 0xDkd/auxpi utils/jwt.go).
package siteauth

import (
	"crosspkg.example/siteboot"

	"github.com/golang-jwt/jwt/v5"
)

var jwtSecret = []byte(siteboot.SiteConfig.JwtSecret)

// Sign signs a token for user.
func Sign(user string) (string, error) { // want Sign:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString(jwtSecret) // want `key passed to \(\*jwt.Token\).SignedString comes from \(\*math/rand.Rand\).Intn \(through randtablehelper.FromTable\), which is predictable`
}

// Refresh signs with a secret the dependency draws from crypto/rand.
func Refresh(user string) (string, error) { // want Refresh:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString([]byte(siteboot.SiteConfig.RefreshSecret))
}

// Env signs with a secret the dependency reads from the environment.
func Env(user string) (string, error) { // want Env:"jwtlint.func"
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user}).SignedString([]byte(siteboot.SiteConfig.EnvSecret))
}
