// Package cristalhqv1 covers github.com/cristalhq/jwt (v1): one
// constructor per algorithm; NewNoEncrypt signs alg none.
package cristalhqv1

import (
	"os"

	"github.com/cristalhq/jwt"
)

func signer() (jwt.Signer, error) {
	return jwt.NewHS256([]byte("cristalhq-v1-secret")) // want `hard\-coded 19\-byte key passed to jwt\.NewHS256: anyone who can read the source can forge tokens, and at 19 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
}

func signerEnv() (jwt.Signer, error) {
	return jwt.NewHS512([]byte(os.Getenv("JWT_SECRET")))
}

func none() jwt.Signer {
	return jwt.NewNoEncrypt() // want `jwt\.NewNoEncrypt\(\) allows unsigned tokens \("alg": "none"\): anyone can forge them; sign and verify with a real algorithm and key`
}
