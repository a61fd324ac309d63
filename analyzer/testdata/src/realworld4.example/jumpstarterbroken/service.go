// Package jumpstarterbroken is jumpstarter-controller's service package at
// 742ecb5 (sweep stop 18) as it loads on this machine: its protocol
// module's version is not served (example.com/missingproto stands for
// github.com/jumpstarter-dev/jumpstarter-protocol/go), so the services,
// which embed and return its types, have incomplete types. The none-alg
// references themselves type-check (they are golang-jwt's), and a none-alg
// report needs nothing else.
package jumpstarterbroken

import (
	"context"
	"errors"

	pb "example.com/missingproto/jumpstarter/v1"
	"github.com/golang-jwt/jwt/v5"
)

// ControllerService hands out router tokens.
type ControllerService struct {
	pb.UnimplementedControllerServiceServer
}

// Listen mints the token a client presents to the router.
func (s *ControllerService) Listen(ctx context.Context, req *pb.ListenRequest) (*pb.ListenResponse, error) {
	token, err := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.RegisteredClaims{ // want `jwt.SigningMethodNone allows unsigned tokens`
		Issuer:  "https://jumpstarter.dev/stream",
		Subject: req.GetUuid(),
	}).SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
	if err != nil {
		return nil, err
	}
	return &pb.ListenResponse{RouterToken: token}, nil
}

// RouterService relays streams.
type RouterService struct {
	pb.UnimplementedRouterServiceServer
}

func (s *RouterService) authenticate(ctx context.Context, token string) (string, error) {
	parsed, err := jwt.ParseWithClaims(token, &jwt.RegisteredClaims{},
		func(t *jwt.Token) (interface{}, error) { return jwt.UnsafeAllowNoneSignatureType, nil }, // want `jwt.UnsafeAllowNoneSignatureType allows unsigned tokens`
		jwt.WithIssuer("https://jumpstarter.dev/stream"))
	if err != nil || !parsed.Valid {
		return "", errors.New("invalid jwt token")
	}
	return parsed.Claims.GetSubject()
}

// Stream authenticates a stream.
func (s *RouterService) Stream(stream pb.RouterService_StreamServer) error {
	_, err := s.authenticate(stream.Context(), "")
	return err
}

// Start registers the service with a function of the missing package: on
// the real package this call made the SSA builder fail (nil pointer) and
// nothing of the package was analyzed.
func (s *RouterService) Start() {
	var server struct{ name string }
	pb.RegisterRouterServiceServer(&server, s)
}
