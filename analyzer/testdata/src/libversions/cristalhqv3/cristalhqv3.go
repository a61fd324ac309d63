// Package cristalhqv3 covers github.com/cristalhq/jwt/v3.
package cristalhqv3

import (
	"os"

	"github.com/cristalhq/jwt/v3"
)

func signer() (jwt.Signer, error) {
	return jwt.NewSignerHS(jwt.HS256, []byte("cristalhq-v3-secret")) // want `hard-coded 19-byte key passed to`
}

func verifierEnv() (jwt.Verifier, error) {
	return jwt.NewVerifierHS(jwt.HS256, []byte(os.Getenv("JWT_SECRET")))
}
