// Package gbrlsnchsv2 covers github.com/gbrlsnchs/jwt/v2, whose HMAC key
// is a string.
package gbrlsnchsv2

import (
	"os"

	"github.com/gbrlsnchs/jwt/v2"
)

func signer() jwt.Signer {
	return jwt.NewHS256("gbrlsnchs-v2-secret") // want `hard-coded 19-byte key passed to`
}

func signerEnv() jwt.Signer {
	return jwt.NewHS384(os.Getenv("JWT_SECRET"))
}

func none() jwt.Signer {
	return jwt.None() // want `none`
}
