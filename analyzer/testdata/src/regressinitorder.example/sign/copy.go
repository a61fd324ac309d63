// Package sign signs with variables initialized from other variables: one
// of package keys, one of another file of this package declared after it
// (package initialization orders them by dependency, not by file).
package sign

import "regressinitorder.example/keys"

// Other is keys.JwtSecret, copied when the package is initialized.
var Other = keys.JwtSecret

// Local is localSecret (literal.go), copied when the package is
// initialized.
var Local = localSecret
