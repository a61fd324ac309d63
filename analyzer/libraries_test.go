package analyzer

import (
	"slices"
	"testing"
)

func TestKeySinks(t *testing.T) {
	paths, names := KeySinks()
	for _, p := range []string{"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4"} {
		if !slices.Contains(paths, p) {
			t.Errorf("KeySinks paths lack %s", p)
		}
	}
	for _, n := range []string{"SignedString", "Parse"} {
		if !slices.Contains(names, n) {
			t.Errorf("KeySinks names lack %s", n)
		}
	}
	if slices.Contains(paths, "crypto/rand") || slices.Contains(names, "NewWithClaims") {
		t.Errorf("KeySinks has non-JWT or non-key entries: %v", names)
	}
}
