// Package cristalhqv2 covers github.com/cristalhq/jwt/v2: signers and
// verifiers take the algorithm first.
package cristalhqv2

import (
	"os"

	"github.com/cristalhq/jwt/v2"
)

func signer() (jwt.Signer, error) {
	return jwt.NewSignerHS(jwt.HS256, []byte("cristalhq-v2-secret")) // want `hard\-coded 19\-byte key passed to jwt\.NewSignerHS: anyone who can read the source can forge tokens, and at 19 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
}

func verifierEnv() (jwt.Verifier, error) {
	return jwt.NewVerifierHS(jwt.HS256, []byte(os.Getenv("JWT_SECRET")))
}
