// Package filteredcopy reduces moul/sgtm at 2d0deca (pkg/sgtm/opts.go:94,
// sweep 6 of issue 12): the options value is copied for display and the
// copy's signing-key field is overwritten with a placeholder, so the page
// never shows the key. The placeholder is written only into the copy: the
// key the service signs with is the flag's value or a generated default,
// never the placeholder, yet the field's stores include it. Found with the
// module made to load (a dependency the proxy refuses was replaced by an
// empty module): hardcoded-key at both uses of the key. As in sgtm, the
// copy is stored into a field of the page's data (templates.go:29,
// `Opts: svc.opts.Filtered()`) handed to a renderer, never back into the
// service. Builders and constructors whose result is the kept value stay
// reported (positive.go).
package filteredcopy

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

const placeholder = "*FILTERED*"

type options struct {
	signingKey string
	name       string
}

func loadOptions() options {
	o := options{signingKey: os.Getenv("SIGNING_KEY"), name: "svc"}
	if o.signingKey == "" {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			panic(err)
		}
		o.signingKey = hex.EncodeToString(b)
	}
	return o
}

// filtered is what the status page prints.
func (o options) filtered() options {
	f := o
	if f.signingKey != "" {
		f.signingKey = placeholder
	}
	return f
}

type service struct {
	opts options
}

func (s *service) sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.signingKey)) // no finding: the placeholder only ever goes into a copy
}

func (s *service) verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(*jwt.Token) (any, error) {
		return []byte(s.opts.signingKey), nil // no finding: sgtm's page_auth.go:33, read in a keyfunc
	})
}

func (s *service) statusPage() string {
	return s.opts.filtered().name + s.opts.filtered().signingKey
}

// pageData is what a page's template renders (sgtm's templateData).
type pageData struct {
	Title string
	Opts  options
}

func (s *service) newPageData() *pageData {
	data := pageData{Title: "status", Opts: s.opts.filtered()}
	if s.opts.name != "" {
		data.Title += " (" + s.opts.name + ")"
	}
	return &data
}

func (s *service) render(w io.Writer) error {
	data := s.newPageData()
	_, err := fmt.Fprintf(w, "%s %v", data.Title, data)
	return err
}

func newService() *service {
	return &service{opts: loadOptions()}
}
