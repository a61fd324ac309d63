// Package cristalhqv2 covers github.com/cristalhq/jwt/v2: signers and
// verifiers take the algorithm first.
package cristalhqv2

import (
	"os"

	"github.com/cristalhq/jwt/v2"
)

func signer() (jwt.Signer, error) {
	return jwt.NewSignerHS(jwt.HS256, []byte("cristalhq-v2-secret")) // want `hard-coded 19-byte key passed to`
}

func verifierEnv() (jwt.Verifier, error) {
	return jwt.NewVerifierHS(jwt.HS256, []byte(os.Getenv("JWT_SECRET")))
}
