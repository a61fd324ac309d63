// Package nopackageclause has a file without a package clause beside a good
// one (sweep: alihammad99/Sharai-API 0751647a controllers/auth/login.go): the
// parser gives that file no position, and the good file is still analyzed.
package nopackageclause

import "github.com/golang-jwt/jwt/v5"

func sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("nopackageclause-secret")) // want `hard-coded 22-byte key`
}
