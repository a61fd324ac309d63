// Package option is a stub of github.com/lestrrat-go/option (v1), whose
// Interface jwx v2's options are aliases of.
package option

type Interface interface {
	Ident() interface{}
	Value() interface{}
}
