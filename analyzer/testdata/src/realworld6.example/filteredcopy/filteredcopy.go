// Package filteredcopy reduces moul/sgtm at 2d0deca (pkg/sgtm/opts.go:94,
// sweep 6 of issue 12): the options value is copied for display and the
// copy's signing-key field is overwritten with a placeholder, so the page
// never shows the key. The placeholder is written only into the copy: the
// key the service signs with is the flag's value or a generated default,
// never the placeholder, yet the field's stores include it. Found with the
// module made to load (a dependency the proxy refuses was replaced by an
// empty module): hardcoded-key at both uses of the key.
package filteredcopy

import (
	"crypto/rand"
	"encoding/hex"
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

func (s *service) statusPage() string {
	return s.opts.filtered().name + s.opts.filtered().signingKey
}
