package vetflags

import (
	"strings"
	"testing"
)

// An unknown rule in -enable or -disable is rejected in every spelling of
// the flag, naming the flag and the rule meant; what follows the flags, and
// flags the driver must reject itself, are not read.
func TestCheck(t *testing.T) {
	for _, args := range [][]string{
		{"-enable", "hardcoded-keys", "./..."},
		{"-enable=hardcoded-keys", "./..."},
		{"--enable", "hardcoded-keys"},
		{"--disable=short-key,hardcoded-keys", "./..."},
		{"-json", "-c", "2", "-disable", "short-key, hardcoded-keys", "./..."},
		{"-include-tests", "-sources", "a.B", "-enable", "hardcoded-keys", "x.cfg"},
		{"-V=full", "-enable=hardcoded-keys", "/tmp/vet.cfg"}, // as go vet passes it
	} {
		flag := "-enable"
		if strings.Contains(strings.Join(args, " "), "disable") {
			flag = "-disable"
		}
		want := flag + `: unknown rule "hardcoded-keys": did you mean hardcoded-key?`
		if err := Check(args); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: error %v, want one starting %q", args, err, want)
		}
	}
	for _, args := range [][]string{
		nil,
		{"-enable", "hardcoded-key,short-key", "./..."},
		{"-disable=none-alg", "./..."},
		{"./...", "-enable", "bogus"}, // after the first pattern: a pattern, as flag.Parse reads it
		{"-c", "-enable", "./..."},    // -enable is -c's value; the driver rejects it
		{"-enable"},                   // the driver says the value is missing
		{"--", "-enable", "bogus"},
		{"-sources", "-enable=bogus"},
	} {
		if err := Check(args); err != nil {
			t.Errorf("%q: %v, want it left to the driver", args, err)
		}
	}
}
