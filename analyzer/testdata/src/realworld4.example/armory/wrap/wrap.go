// Package wrap passes its callers' token on to auth.NewAuth: neither // want package:"jwtlint.pkg"
// input nor the program's own here, it is judged at EnvOf's calls
// (../server), one level further.
package wrap

import "realworld4.example/armory/auth"

// EnvOf reads the environment id of the token it is given.
func EnvOf(token string) (string, error) { // want EnvOf:"jwtlint.func"
	return auth.NewAuth(token).GetEnvironmentId()
}
