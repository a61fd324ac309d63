package config

import "testing"

// newTestConfiguration builds a configuration from whatever token its
// tests pass: a test's call decides nothing about the program's.
func newTestConfiguration(tok *string) *Configuration {
	return NewConfiguration(&Input{AccessToken: tok})
}

func TestGetAuth(t *testing.T) {
	tok := "a.b.c"
	if newTestConfiguration(&tok).GetAuth() == nil {
		t.Fatal("no auth")
	}
}
