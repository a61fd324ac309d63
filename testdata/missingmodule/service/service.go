// Package service is jumpstarter-controller's internal/service at 742ecb5
// (testdata/realworld.md, stop 18), cut down, as it loads when its protocol
// module cannot be downloaded (the module proxy refused its pseudo-version;
// here go.mod replaces it by a directory that does not exist). The
// services embed and return the missing package's types, and Start calls
// one of its functions; the none-alg references are golang-jwt's and
// type-check.
package service

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
	token, err := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.RegisteredClaims{ // jwtlint:expect none-alg
		Issuer:  "https://jumpstarter.dev/stream",
		Subject: req.GetUuid(),
	}).SignedString(jwt.UnsafeAllowNoneSignatureType) // jwtlint:expect none-alg
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
	parsed, err := jwt.ParseWithClaims(token, &jwt.RegisteredClaims{}, // jwtlint:expect missing-alg-check
		func(t *jwt.Token) (interface{}, error) { return jwt.UnsafeAllowNoneSignatureType, nil }, // jwtlint:expect none-alg
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

// Start registers the service with a function of the missing package (the
// call the SSA builder failed on).
func (s *RouterService) Start() {
	var server struct{ name string }
	pb.RegisterRouterServiceServer(&server, s)
}
