// Package hostiletags is hostile input for the analyzer (issue 8): files
// excluded by build constraints are not loaded, so not reported; files
// included by them are.
package hostiletags

import "github.com/golang-jwt/jwt/v5"

func defaultSign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(tagKey) // want `hard-coded 21-byte key passed to \(\*jwt.Token\).SignedString`
}
