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

func TestKeyFiles(t *testing.T) {
	parsers, readers := KeyFiles()
	for _, p := range []string{"github.com/golang-jwt/jwt/v5.ParseRSAPrivateKeyFromPEM", "github.com/golang-jwt/jwt/v5.ParseEdPrivateKeyFromPEM",
		"crypto/x509.ParsePKCS8PrivateKey", "github.com/lestrrat-go/jwx/v2/jwk.ParseKey"} {
		if !slices.Contains(parsers, p) {
			t.Errorf("KeyFiles parsers lack %s", p)
		}
	}
	for _, r := range []string{"os.ReadFile", "io/ioutil.ReadFile", "os.Open"} {
		if !slices.Contains(readers, r) {
			t.Errorf("KeyFiles readers lack %s", r)
		}
	}
	if slices.Contains(parsers, "github.com/golang-jwt/jwt/v5.ParseRSAPublicKeyFromPEM") || slices.Contains(readers, "os.Getenv") {
		t.Errorf("KeyFiles has public-key parsers or non-file sources: %v %v", parsers, readers)
	}
}
