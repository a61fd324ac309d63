package illtyped

import "github.com/golang-jwt/jwt/v5"

// badSyntax does not parse.
func badSyntax() {
	x := 
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("syntax-literal-key"))
}

// afterSyntax is well formed and well typed.
func afterSyntax() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("after-syntax-key")) // want `hard-coded 16-byte key`
}
