// Package missing imports a package of a module that cannot be downloaded,
// as jumpstarter-controller at 742ecb5 imported its protocol module at a
// version the module proxy refused (testdata/realworld.md, stop 18); here
// go.mod replaces the module by a directory that does not exist.
package missing

import (
	pb "example.com/missingproto/jumpstarter/v1"
	"github.com/golang-jwt/jwt/v5"
)

// Mint has a type of the missing package in its signature, so it is not
// analyzed; its none-alg references are golang-jwt's and type-check.
func Mint(req *pb.ListenRequest) (string, error) {
	return jwt.New(jwt.SigningMethodNone).SignedString(jwt.UnsafeAllowNoneSignatureType) // jwtlint:expect none-alg
}

// Register calls a function of the missing package: the SSA builder failed
// on this call and the whole package was dropped.
func Register(s any) {
	pb.RegisterRouterServiceServer(nil, s)
}

// Sign is well typed, and analyzed.
func Sign() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte("missing-module-literal-key")) // jwtlint:expect hardcoded-key
}
