// Package keys exports a private key file compiled in by //go:embed; the
// key is judged where another package signs with it (app).
package keys

import _ "embed"

// SigningPEM is the service's RSA private key.
//
//go:embed signing.pem
var SigningPEM []byte
