// Package regressdup is a regression fixture from the real-world sweep
// (kataras/iris v12.2.11, _examples/auth/jwt/middleware/main.go:27): a
// library function that is a sink of the table (iris jwt.NewSigner) and
// also passes its parameter to another sink (Signer.Key), which its facts
// say, gave two findings for one key. The table row wins: one finding.
package regressdup

import (
	"time"

	"github.com/kataras/iris/v12/middleware/jwt"
)

var sharedKey = []byte("sercrethatmaycontainch@r$32chars")

func signer() *jwt.Signer {
	return jwt.NewSigner(jwt.HS256, sharedKey, 15*time.Minute) // want `^hard-coded 32-byte key passed to jwt.NewSigner: `
}
