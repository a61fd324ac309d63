package tokenorigin // want package:"jwtlint.pkg"

// Shapes from cloudflare/cloudflared (token/token.go, token/jwks.go at
// d1df798): a command-line tool reads the expiry of the login token it
// cached under the user's configuration directory, and reads a claim of a
// fetched token in a helper before its caller verifies the same token.

import (
	"encoding/json"
	"os"
	"path/filepath"

	jose "github.com/go-jose/go-jose/v4"
)

var algs = []jose.SignatureAlgorithm{jose.ES256}

type payload struct {
	Exp int64 `json:"exp"`
}

// CachedToken reads a token file whose path depends on its caller's input
// (an application's host name): the content is a local file the tool wrote.
func CachedToken(host string) (string, error) { // want CachedToken:"jwtlint.func"
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	content, err := os.ReadFile(filepath.Join(dir, "tool", host+"-token"))
	if err != nil {
		return "", err
	}
	tok, err := jose.ParseSigned(string(content), algs)
	if err != nil {
		return "", err
	}
	var p payload
	if err := json.Unmarshal(tok.UnsafePayloadWithoutVerification(), &p); err != nil {
		return "", err
	}
	return tok.CompactSerialize()
}

// decodeUnverified parses its parameter and peeks: its only caller
// verifies the same token.
func decodeUnverified(raw string) (*payload, error) {
	jws, err := jose.ParseSigned(raw, algs)
	if err != nil {
		return nil, err
	}
	var p payload
	err = json.Unmarshal(jws.UnsafePayloadWithoutVerification(), &p)
	return &p, err
}

func verifyWith(raw string, keys any) ([]byte, error) {
	jws, err := jose.ParseSigned(raw, algs)
	if err != nil {
		return nil, err
	}
	return jws.Verify(keys)
}

// AppInfo reads the issuer unverified to find the keys, then verifies.
func AppInfo(raw string, keys any) (*payload, error) { // want AppInfo:"jwtlint.func"
	p, err := decodeUnverified(raw)
	if err != nil {
		return nil, err
	}
	if _, err := verifyWith(raw, keys); err != nil {
		return nil, err
	}
	return p, nil
}
