package scan

import (
	"regexp"
	"strings"
)

// normName lower-cases s and keeps letters and digits only, so JWT_SECRET,
// jwtSecret, jwt-secret and jwt.secret all become "jwtsecret".
func normName(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
}

// jwtContext are the name fragments that tie a secret or key to JWTs.
var jwtContext = []string{"jwt", "jws", "token", "auth", "signing", "hmac", "bearer"}

// notJWT are name fragments of secrets that are not HMAC JWT keys even in a
// JWT context: asymmetric keys, OAuth client secrets, API keys.
var notJWT = []string{"public", "pubkey", "client", "apikey", "consumer", "encryptionkey", "pem", "cert"}

// leafKey returns the last element of a key path that is not an array index.
func leafKey(path []string) (leaf, parent string) {
	var keys []string
	for _, p := range path {
		if p != "[]" {
			keys = append(keys, p)
		}
	}
	switch len(keys) {
	case 0:
		return "", ""
	case 1:
		return keys[0], ""
	}
	return keys[len(keys)-1], keys[len(keys)-2]
}

// isSecretName reports whether a value at path holds a JWT signing secret:
// the last key ends in "secret" or "key" (JWT_SECRET, jwtSecret,
// signing_key, ACCESS_TOKEN_SECRET, AUTH_SECRET), and it or its parent
// names JWTs, tokens, auth, signing or HMAC (jwt.secret, [jwt] key,
// "Jwt": {"Key": ...}).
func isSecretName(path []string) bool {
	leaf, parent := leafKey(path)
	l := normName(leaf)
	// JWT_SECRET_PREVIOUS (kept by jwtlint gen --rotate), JWT_SECRET_OLD:
	// still accepted, so still judged.
	for _, suffix := range []string{"previous", "prev", "old"} {
		l = strings.TrimSuffix(l, suffix)
	}
	if !(strings.HasSuffix(l, "secret") || strings.HasSuffix(l, "key") || strings.HasSuffix(l, "secretkey")) {
		return false
	}
	for _, n := range notJWT {
		if strings.Contains(l, n) {
			return false
		}
	}
	ctx := l + "." + normName(parent)
	for _, c := range jwtContext {
		if strings.Contains(ctx, c) {
			return true
		}
	}
	return false
}

var hsAlg = regexp.MustCompile(`(?i)^\s*["']?(HS(?:256|384|512))["']?\s*$`)

// algHint returns the HMAC algorithm named by a value at path, such as
// JWT_ALGORITHM=HS512 or algorithm: HS384, and whether there is one.
func algHint(path []string, value string) (string, bool) {
	leaf, _ := leafKey(path)
	l := normName(leaf)
	if !(strings.HasSuffix(l, "alg") || strings.HasSuffix(l, "algorithm") || strings.HasSuffix(l, "algorithms") || strings.HasSuffix(l, "algo")) {
		return "", false
	}
	m := hsAlg.FindStringSubmatch(value)
	if m == nil {
		return "", false
	}
	return strings.ToUpper(m[1]), true
}

// algBits is the key size RFC 7518 requires for an HMAC algorithm.
func algBits(alg string) float64 {
	switch alg {
	case "HS384":
		return 384
	case "HS512":
		return 512
	}
	return 256
}
