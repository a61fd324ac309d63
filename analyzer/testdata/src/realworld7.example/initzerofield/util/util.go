// Package util reduces GpsLypy/go-gin-example_lyp at e3a069e
// (pkg/util/jwt.go:11, :35, :43): jwtSecret copies AppSetting.JwtSecret
// when this package is initialized, before main can call setting.Setup,
// so it is the empty string forever and tokens are signed and accepted
// with an empty HMAC key. lateSecret reads the field when called, after
// Setup: not reported.
package util

import (
	"github.com/golang-jwt/jwt/v5"

	"realworld7.example/initzerofield/setting"
)

var jwtSecret = []byte(setting.AppSetting.JwtSecret)

// Sign signs with the copy made at initialization.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(jwtSecret) // want `empty HMAC key passed to \(\*jwt.Token\).SignedString: jwtSecret is copied from setting.AppSetting.JwtSecret when package util is initialized, before the settings are loaded, so anyone can forge tokens; read the setting when signing and verifying`
}

// Parse verifies with the same copy.
func Parse(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(*jwt.Token) (any, error) {
		return jwtSecret, nil // want `empty HMAC key passed to jwt.Parse: jwtSecret is copied from setting.AppSetting.JwtSecret when package util is initialized`
	}, jwt.WithValidMethods([]string{"HS256"}))
}

// SignLate reads the setting when it signs, after Setup.
func SignLate() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(setting.AppSetting.JwtSecret))
}
