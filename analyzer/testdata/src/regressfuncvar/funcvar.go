// Package regressfuncvar is a regression fixture from the real-world sweep
// (kataras/iris v12.2.11, _examples/auth/jwt/basic/main.go:38 and :54): a
// library function called through a package variable that holds it (iris's
// middleware/jwt declares `Sign = jwt.Sign`, re-exporting kataras/jwt). The
// call is the held function's call: its key is traced. The variable may be
// of this package or of another, which says what it holds in a fact.
package regressfuncvar

import (
	"os"

	"example.com/jwtshim"
	"github.com/kataras/iris/v12/middleware/jwt"
	katarasjwt "github.com/kataras/jwt"
)

var signatureSharedKey = []byte("sercrethatmaycontainch@r32length")

func generateToken() ([]byte, error) {
	return jwt.Sign(jwt.HS256, signatureSharedKey, map[string]any{"foo": "bar"}) // want `^hard-coded 32-byte key passed to jwt.Sign: `
}

func protected(token []byte) error {
	_, err := jwt.Verify(jwt.HS256, signatureSharedKey, token) // want `^hard-coded 32-byte key passed to jwt.Verify: `
	return err
}

// sign is this package's variable holding the library function.
var sign = katarasjwt.Sign

func localVar() ([]byte, error) {
	return sign(katarasjwt.HS256, []byte("local-variable-key-of-32-bytes!!"), nil) // want `^hard-coded 32-byte key passed to jwt.Sign: `
}

func shim() ([]byte, error) {
	return jwtshim.Sign(katarasjwt.HS256, []byte("shim-variable-key-of-32-bytes!!!"), nil) // want `^hard-coded 32-byte key passed to jwt.Sign: `
}

func shimWrapper() ([]byte, error) {
	return jwtshim.IssueToken([]byte("shim-wrapper-key-of-32-bytes!!!!"), nil) // want `^hard-coded 32-byte key passed to jwt.Sign through jwtshim.Issue `
}

func swappable() ([]byte, error) {
	return jwtshim.Swappable(katarasjwt.HS256, []byte("swappable-key-of-32-bytes!!!!!!!"), nil)
}

func fromEnv(token []byte) error {
	key := []byte(os.Getenv("JWT_KEY"))
	if _, err := jwt.Sign(jwt.HS256, key, nil); err != nil {
		return err
	}
	_, err := jwt.Verify(jwt.HS256, key, token)
	return err
}
