package jumpstarterbroken

import (
	"errors"

	pb "example.com/missingproto/jumpstarter/v1"
	"github.com/golang-jwt/jwt/v5"
)

// Negatives in declarations whose other types are incomplete (not in the
// real package): a comparison that rejects "none" is no finding, and a
// directive with a reason suppresses one there as anywhere.

// refuse has the missing package's type in its signature.
func refuse(t *jwt.Token, req *pb.ListenRequest) error {
	if t.Method == jwt.SigningMethodNone {
		return errors.New("unsigned token")
	}
	switch t.Method {
	case jwt.SigningMethodNone:
		return errors.New("unsigned token")
	}
	_ = req.GetUuid()
	return nil
}

// debugToken is excused by its directive.
func debugToken(req *pb.ListenRequest) (string, error) {
	//jwtlint:ignore none-alg -- the debug listener is bound to localhost only
	return jwt.New(jwt.SigningMethodNone).SignedString(jwt.UnsafeAllowNoneSignatureType)
}
