// Package opts is moul/sgtm's pkg/sgtm reduced for the cross-package half
// of the filtered copy: Filtered is exported and the options' key field is
// read by the command through a flag default (cmd/sgtm/main.go:59), so the
// stores into the field the package exports must leave the copy's
// placeholder out as well.
package opts

import (
	"fmt"
	"io"

	"github.com/golang-jwt/jwt/v5"
)

const filteringString = "*FILTERED*"

// Opts are the service's options.
type Opts struct {
	JWTSigningKey string
	Name          string
}

// DefaultOpts returns the options with their defaults.
func DefaultOpts() Opts {
	return Opts{Name: "svc"}
}

// Filtered returns the options with their secrets masked, for display.
func (o Opts) Filtered() Opts {
	filtered := o
	if filtered.JWTSigningKey != "" {
		filtered.JWTSigningKey = filteringString
	}
	return filtered
}

type templateData struct {
	Title string
	Opts  Opts
}

// Service signs tokens.
type Service struct {
	opts Opts
}

// New returns a service with options o.
func New(o Opts) *Service {
	return &Service{opts: o}
}

func (s *Service) data() *templateData {
	return &templateData{Title: "status", Opts: s.opts.Filtered()}
}

// Render writes the status page.
func (s *Service) Render(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%v", s.data())
	return err
}

// Sign signs claims.
func (s *Service) Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.JWTSigningKey)) // no finding: the key is the command's flag
}
