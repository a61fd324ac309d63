// Command app fills its secret through a package-level func variable that
// main calls before it signs; the one nothing calls leaves its
// placeholder.
package main

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var jwtSecret = ""

var devSecret = "dev"

var loadConfig = func() {
	jwtSecret = mustEnv("JWT_SECRET")
	devSecret = mustEnv("DEV_SECRET")
}

// mustEnv returns a variable of at least 32 bytes or stops the program.
func mustEnv(name string) string {
	s := os.Getenv(name)
	if len(s) < 32 {
		panic(name + " must hold at least 32 bytes")
	}
	return s
}

var unusedSecret = "dev"

// maybeSecret is filled only when main calls loadMaybe, on one path.
var maybeSecret = "dev"

func loadMaybe() { maybeSecret = mustEnv("MAYBE_SECRET") }

var loadUnused = func() { unusedSecret = mustEnv("UNUSED_SECRET") }

func main() {
	loadConfig()
	if len(os.Args) > 1 {
		loadMaybe()
	}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(jwtSecret))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(devSecret))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(unusedSecret)) // want `well-known sample secret`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(maybeSecret))  // want `well-known sample secret`
}
