// Package cristalhqv1 covers github.com/cristalhq/jwt (v1): one
// constructor per algorithm; NewNoEncrypt signs alg none.
package cristalhqv1

import (
	"os"

	"github.com/cristalhq/jwt"
)

func signer() (jwt.Signer, error) {
	return jwt.NewHS256([]byte("cristalhq-v1-secret")) // want `hard-coded 19-byte key passed to`
}

func signerEnv() (jwt.Signer, error) {
	return jwt.NewHS512([]byte(os.Getenv("JWT_SECRET")))
}

func none() jwt.Signer {
	return jwt.NewNoEncrypt() // want `none`
}
