// Package option is a stub of github.com/lestrrat-go/option/v3, whose
// Interface jwx v4's options are aliases of.
package option

type Interface interface {
	Ident() any
	value() any
}
