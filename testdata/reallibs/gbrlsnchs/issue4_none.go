package gbrlsnchs

import "github.com/gbrlsnchs/jwt/v3"

// SignNone issues an unsigned token.
func SignNone(sub string) ([]byte, error) {
	return jwt.Sign(payload(sub), jwt.None()) // jwtlint:expect none-alg
}
