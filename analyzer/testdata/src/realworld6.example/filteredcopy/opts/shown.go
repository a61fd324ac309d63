package opts

import "github.com/golang-jwt/jwt/v5"

// ShownOpts are options whose masked copy is published in a package
// variable other packages read: the copy leaves the package, so its
// placeholder stays among the field's exported stores.
type ShownOpts struct {
	SigningKey string
}

// LastShown is the masked copy the last status page showed.
var LastShown ShownOpts

// Show publishes a masked copy of o.
func (o ShownOpts) Show() {
	m := o
	m.SigningKey = "*MASKED*"
	LastShown = m
}

// Shower signs tokens.
type Shower struct {
	opts ShownOpts
}

// NewShower returns a Shower with options o.
func NewShower(o ShownOpts) *Shower {
	return &Shower{opts: o}
}

// Sign signs claims.
func (s *Shower) Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.SigningKey)) // no finding here: LastShown never comes back in this package
}
