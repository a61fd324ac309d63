// Package keys declares a literal secret that other packages copy into
// variables of their own at package initialization (issue 12 item 3).
package keys

// JwtSecret is a hard-coded key.
var JwtSecret = "a-literal-secret-copied-at-init!"
