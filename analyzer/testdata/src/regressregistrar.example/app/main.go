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
	jwtSecret = os.Getenv("JWT_SECRET")
	devSecret = os.Getenv("DEV_SECRET")
}

var unusedSecret = "dev"

var loadUnused = func() { unusedSecret = os.Getenv("UNUSED_SECRET") }

func main() {
	loadConfig()
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(jwtSecret))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(devSecret))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(unusedSecret)) // want `well-known sample secret`
}
