package scan

import (
	"slices"
	"strings"

	"github.com/jwtlint/jwtlint/internal/lazyre"
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
// JWT-ish context: asymmetric keys, OAuth and API credentials, other
// services' passwords, and references to secrets stored elsewhere.
var notJWT = slices.Concat(notSecretValue, otherCredential)

// notSecretValue are the notJWT fragments of names whose values are no HMAC
// secret even where a repository's code passes them to a key parameter: an
// asymmetric key, its PEM or its path, a reference to a secret stored
// elsewhere.
var notSecretValue = []string{
	"public", "pubkey", "private", "pem", "cert", "tls",
	"existing", "fromsecret", "secretref", "keyref", "secretname", "keyname", "keyid",
}

// otherCredential are the notJWT fragments of other credentials' names: a
// repository's code may still sign its JWTs with one (beer-shop's
// auth.api_key).
var otherCredential = []string{
	"client", "apikey", "consumer", "encryption",
	"oauth", "twitter", "basic", "digest", "redis", "mongo", "mysql", "postgres", "database", "smtp",
	"ldap", "webhook", "slack", "github", "stripe", "aws",
}

// bareSecret are leaf names that are a JWT secret only under a JWT-ish
// parent: jwt.secret, [auth] signing_key, "Jwt": {"Key": …}.
var bareSecret = map[string]bool{
	"secret": true, "key": true, "secretkey": true, "signingkey": true, "signingsecret": true,
	"hmackey": true, "hmacsecret": true,
	// go-zero's Auth/JwtAuth sections, sign_key/signKey, JHipster's
	// jwt.base64-secret.
	"accesssecret": true, "refreshsecret": true, "signkey": true, "signsecret": true, "base64secret": true,
}

// expirySecret are leaf names that are a JWT secret beside an expiry (any
// sibling whose name ends in "expire"): go-zero's AccessSecret with
// AccessExpire, in a section of any name.
var expirySecret = map[string]bool{"accesssecret": true, "refreshsecret": true}

var identifier = lazyre.New(`^[A-Za-z0-9_.\-]+$`)

// leafKey returns the last two elements of a key path that are not array
// indexes.
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

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isSecretName reports whether a value at path holds a JWT signing secret:
// the last key is an identifier ending in "secret" or "key" (optionally
// followed by PREVIOUS or OLD) that names JWTs, tokens, auth, signing or
// HMAC itself (JWT_SECRET, jwtSecret, signing_key, ACCESS_TOKEN_SECRET,
// AUTH_SECRET), or is a bare "secret", "key", "signing_key"… under a parent
// that does (jwt.secret, [jwt] key, "Jwt": {"Key": …}) and is a short
// identifier, not data used as a key (a cache's entry IDs). Names of other
// credentials (notJWT) and anything under annotations or labels are not.
func isSecretName(path []string) bool {
	return isSecretNameIn(path, nil)
}

// siblings holds the normalized leaf names of a file's assignments by
// parent key path (keys joined by NUL), as expiry names need.
type siblings map[string]map[string]bool

func siblingsOf(as []assignment) siblings {
	sib := siblings{}
	for _, a := range as {
		if len(a.path) == 0 {
			continue
		}
		k := strings.Join(a.path[:len(a.path)-1], "\x00")
		if sib[k] == nil {
			sib[k] = map[string]bool{}
		}
		sib[k][normName(a.path[len(a.path)-1])] = true
	}
	return sib
}

// has reports whether the value at path has a sibling named name
// (normalized).
func (sib siblings) has(path []string, name string) bool {
	return sib[strings.Join(path[:len(path)-1], "\x00")][name]
}

// hasExpiry reports whether a sibling of the value at path names an expiry.
func (sib siblings) hasExpiry(path []string) bool {
	for n := range sib[strings.Join(path[:len(path)-1], "\x00")] {
		if strings.HasSuffix(n, "expire") {
			return true
		}
	}
	return false
}

// isSecretNameIn is isSecretName knowing the names beside the value (nil:
// none known).
func isSecretNameIn(path []string, sib siblings) bool {
	for _, p := range path {
		if strings.EqualFold(p, "annotations") || strings.EqualFold(p, "labels") {
			return false
		}
	}
	leaf, parent := leafKey(path)
	if !identifier().MatchString(leaf) {
		return false
	}
	l := normName(leaf)
	// JWT_SECRET_PREVIOUS (kept by jwtlint gen --rotate), JWT_SECRET_OLD:
	// still accepted, so still judged.
	for _, suffix := range []string{"previous", "prev", "old"} {
		l = strings.TrimSuffix(l, suffix)
	}
	if !(strings.HasSuffix(l, "secret") || strings.HasSuffix(l, "key")) || containsAny(l, notJWT) {
		return false
	}
	if strings.HasSuffix(l, "adminsecret") && !strings.Contains(l, "jwt") {
		// An admin secret is a password the operator types, compared, not
		// a signing key (AUTHORIZER_ADMIN_SECRET, whose "auth" is the
		// product's name; HASURA_GRAPHQL_ADMIN_SECRET).
		return false
	}
	if vendorAuthKey(leaf) {
		return false
	}
	if containsAny(l, jwtContext) || l == "refreshsecret" {
		// REFRESH_SECRET: the refresh tokens' signing secret beside
		// JWT_SECRET (AdWayne/ozinse-backend, 0xhydropho/go-jwt-auth).
		// redis: {authKey: …} is Redis's; jwt_secret is a JWT's anywhere.
		return strings.Contains(l, "jwt") || !containsAny(normName(parent), notJWT)
	}
	if l == "key" && sib.has(path, "value") {
		// {"key": "token", "value": "{{jwt_token}}"} (Postman, key/value
		// lists): the key is a name.
		return false
	}
	if expirySecret[l] && len(path) > 1 && sib.hasExpiry(path) {
		return true
	}
	if !bareSecret[l] || !identifier().MatchString(parent) || len(parent) > 32 {
		return false
	}
	p := normName(parent)
	return containsAny(p, jwtContext) && !containsAny(p, notJWT) && !strings.HasSuffix(p, "ref")
}

// genericPrefix are the words before AUTH_KEY that name the application
// itself, not another service: APP_AUTH_KEY, SERVER_AUTH_KEY, USER_AUTH_KEY.
var genericPrefix = map[string]bool{
	"app": true, "application": true, "api": true, "server": true, "service": true, "backend": true,
	"web": true, "site": true, "user": true, "users": true, "session": true, "access": true,
	"refresh": true, "admin": true, "core": true, "main": true, "master": true, "secret": true,
	"sign": true, "signing": true, "default": true, "prod": true, "dev": true, "local": true,
	"my": true, "http": true, "rest": true, "grpc": true, "gateway": true, "internal": true,
}

// vendorAuthKey reports whether a name is another service's AUTH_KEY: the
// words of the name end in "auth" "key" and a word before them names
// neither the application (genericPrefix) nor JWTs (GIGACHAT_AUTH_KEY, the
// credential a proxy sends to Sber's GigaChat; Prekols-Inc/Markdown-editor,
// sweep 7). AUTH_KEY alone, APP_AUTH_KEY and JWT_AUTH_KEY stay JWT-ish; a
// repository's code that signs its tokens with one makes it a JWT secret
// there anyway (gonames.go).
func vendorAuthKey(leaf string) bool {
	w := nameWords(leaf)
	n := len(w)
	if n < 3 || w[n-2] != "auth" || w[n-1] != "key" {
		return false
	}
	for _, p := range w[:n-2] {
		if genericPrefix[p] || containsAny(p, jwtContext) {
			return false
		}
	}
	return true
}

// nameWords splits an identifier into lower-case words at underscores,
// dashes, dots and lower-to-upper case changes: GIGACHAT_AUTH_KEY and
// gigachatAuthKey give "gigachat" "auth" "key".
func nameWords(s string) []string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, strings.ToLower(cur.String()))
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' || c == '-' || c == '.':
			flush()
		case c >= 'A' && c <= 'Z' && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z':
			flush()
			cur.WriteByte(c)
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return words
}

var hsAlg = lazyre.New(`(?i)^\s*["']?(HS(?:256|384|512))["']?\s*$`)

// algHint returns the HMAC algorithm named by a value at path, such as
// JWT_ALGORITHM=HS512 or algorithm: HS384, and whether there is one.
func algHint(path []string, value string) (string, bool) {
	leaf, _ := leafKey(path)
	l := normName(leaf)
	if !(strings.HasSuffix(l, "alg") || strings.HasSuffix(l, "algorithm") || strings.HasSuffix(l, "algorithms") || strings.HasSuffix(l, "algo")) {
		return "", false
	}
	m := hsAlg().FindStringSubmatch(value)
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

var springRef = lazyre.New(`^\$\{[A-Za-z_][A-Za-z0-9_.\-]*:([^-=}][^}]*)\}$`)

// springDefault returns a with its value replaced by the default of a
// Spring placeholder, ${JWT_SECRET:mySecretKey} (what runs when the variable
// is not set), its column pointing at the default. Shell's ${VAR:-default}
// is the weakness judge's.
func springDefault(a assignment) assignment {
	if m := springRef().FindStringSubmatchIndex(a.value); m != nil {
		a.col += m[2]
		a.value = a.value[m[2]:m[3]]
	}
	return a
}

// keyFileName matches a file name or path with the extension of a key or
// certificate file (server.key, ./keys/private.pem, certs/tls.crt).
var keyFileName = lazyre.New(`^(\.{1,2}/|/|~/)?([\w-]+/)*[\w-]+\.(?i:pem|key|crt|cer|der|p8|p12|pfx|jwk|jwks|pub)$`)

// isKeyFileName reports whether a configuration value names a key or
// certificate file rather than holding a secret (webishdev/stopnik,
// tokenKey: server.key beside tokenCert: server.crt; sweep 8). The stem has
// no dot, so my.secret.key is still a value.
func isKeyFileName(v string) bool {
	return keyFileName().MatchString(strings.TrimSpace(v))
}
