// Package regresstestorigin is a regression fixture from the real-world
// sweep (appleboy/gin-jwt v2.10.3, auth_jwt.go:575): a middleware signs
// with a key field that only its tests fill with a literal. In the
// package's test variant the field's stores include the test's literal, but
// the use in library code is not hard-coded: the literal is test code.
// (Everything is unexported so that no facts are exported.)
package regresstestorigin

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type middleware struct {
	key []byte
	// def is filled with a literal in library code: still reported.
	def []byte
}

func newMiddleware() *middleware {
	return &middleware{key: []byte(os.Getenv("JWT_KEY")), def: []byte("library-default-key")}
}

func (mw *middleware) sign(tok *jwt.Token) (string, error) {
	return tok.SignedString(mw.key) // no hardcoded-key finding: the only literals are in mw_test.go; the unchecked read is short-key // want `key from os.Getenv\("JWT_KEY"\) reaches .* with no emptiness or length check`
}

func (mw *middleware) signDefault(tok *jwt.Token) (string, error) {
	return tok.SignedString(mw.def) // want `hard-coded 19-byte key passed to \(\*jwt.Token\).SignedString`
}
