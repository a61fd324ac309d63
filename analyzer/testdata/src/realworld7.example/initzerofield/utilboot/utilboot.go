// Package utilboot copies setting.AppSetting.JwtSecret after boot's
// initialization filled it: not the empty key.
package utilboot

import (
	"github.com/golang-jwt/jwt/v5"

	"realworld7.example/initzerofield/boot"
	"realworld7.example/initzerofield/setting"
)

var jwtSecret = []byte(setting.AppSetting.JwtSecret)

// Sign signs with the copy, once boot has loaded the settings.
func Sign() (string, error) {
	if !boot.Loaded() {
		return "", nil
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString(jwtSecret)
}
