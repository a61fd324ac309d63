// Package option is a stub of github.com/lestrrat-go/option/v2, whose
// Interface jwx v3's options are aliases of.
package option

type Interface interface {
	Ident() any
	Value(dst any) error
}
