// Package illtyped has type errors in some functions and imports a package // want package:"jwtlint.config" package:"jwtlint.pkg"
// that does not type-check. The functions whose types are complete are
// analyzed; the others are not, and nothing crashes.
package illtyped

import (
	"os"

	"example.com/brokendep"
	"github.com/golang-jwt/jwt/v5"
)

var cfg = brokendep.Config{Key: []byte("config-key-literal")}

var broken = undefinedFunc("init-key-literal")

var frame = brokendep.Frame()

// good has complete types: reported.
func good() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("good-literal-key")) // want `hard-coded`
}

// undefinedName has a type error: not analyzed.
func undefinedName() (string, error) {
	//jwtlint:ignore hardcoded-key -- not judged: the function is not analyzed
	key := []byte("undefined-literal-key")
	_ = notDeclared
	return jwt.New(jwt.SigningMethodHS256).SignedString(key)
}

// wrongArgs calls with too many arguments.
func wrongArgs() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("wrong-args-literal"), 1)
}

// mismatch assigns two values from one.
func mismatch() string {
	a, b := os.Getenv("X")
	return a + b
}

// usesInvalid uses a value of the broken package's undefined type.
func usesInvalid() {
	f := brokendep.Frame()
	_ = f
	_ = brokendep.Loader
}

// viaBrokenPackage signs through a well-typed helper of the broken package.
func viaBrokenPackage() (string, error) {
	return brokendep.Sign([]byte("via-broken-literal-key")) // want `hard-coded`
}

// fieldKey reads a field of a struct that has a field of an invalid type:
// the key field is well typed, and so is the literal stored in it.
func fieldKey() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(cfg.Key) // want `hard-coded 18-byte key`
}

type server struct{ key []byte }

// method on an undefined receiver type.
func (s *undefinedType) Key() []byte { return []byte("recv-literal") }

// missingReturn lacks a return.
func missingReturn() []byte {
	if os.Getenv("A") == "" {
		return nil
	}
}

// closure has an ill-typed closure.
func closure() func() string {
	return func() string { return undefinedVar }
}

// redeclared twice (wiloon/rssx has two mains in one package): the first
// declaration is well typed and analyzed, the second is not.
func redeclared() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("first-declaration-key")) // want `hard-coded 21-byte key`
}

func redeclared() {}

// conversion is invalid.
func conversion() []byte {
	return []byte(42.5)
}

// generic has a bad constraint.
func generic[T undefinedConstraint](v T) T { return v }

// returnCount returns too many values.
func returnCount() string {
	return "a", "b"
}

// parseUnverified in good code: reported.
func parseUnverified(s string) string {
	tok, _, _ := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{}) // want `ParseUnverified does not verify`
	return tok.Raw
}
