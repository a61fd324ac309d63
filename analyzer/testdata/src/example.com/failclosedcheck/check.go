// Package failclosedcheck validates keys in another package than their
// use: jwtlint cannot see into it, so a key passed to it counts as checked.
package failclosedcheck

// Validate panics when key is shorter than 32 bytes.
func Validate(key string) {
	if len(key) < 32 {
		panic("key too short")
	}
}
