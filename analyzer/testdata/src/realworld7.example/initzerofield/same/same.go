// Package same holds the settings and the copy in one package: the
// variables are initialized in dependency order, appSetting first, and
// Setup runs only when main calls it, so jwtSecret is empty. loadedSecret,
// copied from settings that func init fills first, is not.
package same

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type app struct {
	JwtSecret string
	Other     struct{ Secret string }
}

var jwtSecret = []byte(appSetting.JwtSecret)

var appSetting = &app{}

var loadedSecret = loaded.Other.Secret

var loaded app

func init() {
	loaded.Other.Secret = os.Getenv("K")
}

// Setup fills the settings.
func Setup() {
	appSetting.JwtSecret = os.Getenv("K")
}

// Sign signs with the copy made at initialization.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(jwtSecret) // want `empty HMAC key passed to \(\*jwt.Token\).SignedString: jwtSecret is copied from same.appSetting.JwtSecret when package same is initialized, before the settings are loaded`
}

// SignLoaded signs with a copy of settings func init loaded.
func SignLoaded() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(loadedSecret))
}
