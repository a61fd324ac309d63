package missingalg

import (
	"os"

	jwt3 "github.com/golang-jwt/jwt"
)

// Regression: the table lists WithValidMethods for every golang-jwt version,
// but v3 does not declare it; the remedy must name what v3 has (a Parser's
// ValidMethods field) and no fix may be offered.
func v3Parse(s string) {
	jwt3.Parse(s, func(t *jwt3.Token) (interface{}, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key: .*; parse with a jwt.Parser whose ValidMethods lists the algorithms you expect, or check t.Method in the keyfunc`
		return []byte(os.Getenv("V3_SECRET")), nil
	})
}
