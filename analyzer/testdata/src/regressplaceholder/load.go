// Package regressplaceholder is a regression fixture from the real-world
// sweep (golang-jwt/jwt v5.3.1, cmd/jwt/main.go:152 and :256): a data
// loader returns an empty JSON document, "{}", for one special path (the
// claims placeholder "+") and the file's contents otherwise; the key is
// loaded with it from a path given on the command line. "{}" and "[]" are
// data, never keys.
package regressplaceholder

import (
	"flag"
	"io"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var flagKey = flag.String("key", "", "path to key file or '-' to read from stdin")

func loadData(p string) ([]byte, error) {
	var rdr io.Reader
	switch p {
	case "-":
		rdr = os.Stdin
	case "+":
		return []byte("{}"), nil
	default:
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		rdr = f
	}
	return io.ReadAll(rdr)
}

func sign(tok *jwt.Token) (string, error) {
	key, err := loadData(*flagKey)
	if err != nil {
		return "", err
	}
	return tok.SignedString(key) // no finding: "{}" is a placeholder for data
}

func signLiteral(tok *jwt.Token) (string, error) {
	key, err := loadData(*flagKey)
	if err != nil || len(key) == 0 {
		key = []byte("{dev}")
	}
	return tok.SignedString(key) // want `key passed to \(\*jwt.Token\).SignedString falls back to a hard-coded 5-byte key`
}
