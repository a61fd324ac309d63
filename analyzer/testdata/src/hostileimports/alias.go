package hostileimports

import (
	"os"

	jwtgo "github.com/golang-jwt/jwt/v5"
	tok "github.com/golang-jwt/jwt/v5"
	envp "os"
)

// An alias of a type and a method value.
type aliasToken = jwtgo.Token

func aliasSign() (string, error) {
	var t *aliasToken = tok.New(jwtgo.SigningMethodHS256)
	return t.SignedString([]byte("alias-import-key")) // want `hard-coded 16-byte key passed to \(\*jwt.Token\).SignedString`
}

func methodValue() (string, error) {
	sign := jwtgo.New(jwtgo.SigningMethodHS256).SignedString
	return sign([]byte("method-value-key")) // want `hard-coded 16-byte key passed to \(\*jwt.Token\).SignedString`
}

func methodExpr() (string, error) {
	return (*tok.Token).SignedString(tok.New(tok.SigningMethodHS256), []byte("method-expr-key")) // want `hard-coded 15-byte key passed to \(\*jwt.Token\).SignedString`
}

func aliasedEnv() (string, error) {
	key := envp.Getenv("JWT_KEY") + os.Getenv("JWT_SUFFIX")
	return jwtgo.New(jwtgo.SigningMethodHS256).SignedString([]byte(key)) // want `key from os.Getenv\("JWT_KEY"\) reaches .* with no emptiness or length check`
}
