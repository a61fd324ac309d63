// Package caller builds tokens as x64integer/go-common's tests do
// (jwt/jwt_test.go:81-96): with nil and empty secrets, which Generate and
// SignKey refuse. Loose signs with whatever it gets.
package caller

import "realworld7.example/sinkguard/jwtutil"

// Refused: Generate returns ErrMissingSecret for each.
func Refused() {
	_ = (&jwtutil.Token{Secret: nil}).Generate()
	_ = (&jwtutil.Token{Secret: []byte("")}).Generate()
	_ = (&jwtutil.Token{}).Generate()
	_, _ = jwtutil.SignKey("")
}

// Accepted: Loose signs with the empty key.
func Accepted() (string, error) {
	l := &jwtutil.Loose{Secret: []byte("")} // want `empty HMAC key`
	return l.Generate()
}
