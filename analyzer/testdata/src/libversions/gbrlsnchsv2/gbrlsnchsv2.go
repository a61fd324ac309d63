// Package gbrlsnchsv2 covers github.com/gbrlsnchs/jwt/v2, whose HMAC key
// is a string.
package gbrlsnchsv2

import (
	"os"

	"github.com/gbrlsnchs/jwt/v2"
)

func signer() jwt.Signer {
	return jwt.NewHS256("gbrlsnchs-v2-secret") // want `hard\-coded 19\-byte key passed to jwt\.NewHS256: anyone who can read the source can forge tokens, and at 19 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
}

func signerEnv() jwt.Signer {
	return jwt.NewHS384(os.Getenv("JWT_SECRET"))
}

func none() jwt.Signer {
	return jwt.None() // want `jwt\.None\(\) allows unsigned tokens \("alg": "none"\): anyone can forge them; sign and verify with a real algorithm and key`
}
