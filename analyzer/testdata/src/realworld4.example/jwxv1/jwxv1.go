// Package jwxv1: lestrrat-go/jwx v1's jwt.Parse verifies only when given // want package:"jwtlint.pkg"
// a key option (jwt.WithVerify, jwt.WithKeySet, jwt.WithKeySetProvider,
// jwt.WithVerifyAuto); without one it decodes any token. Found reading
// armory-io/armory-cli (sweep stop 18: pkg/auth/auth.go:221 and
// login.go:167 parse the tool's own token-endpoint response this way,
// correctly not reported); a token from a request parsed the same way is
// the attacker's.
package jwxv1

import (
	"net/http"
	"os"
	"strings"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
	"github.com/lestrrat-go/jwx/jwt"
)

// subject reads the subject of the bearer token without verifying it.
func subject(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.ParseString(raw, jwt.WithValidate(true)) // want `jwt\.ParseString given no key option does not verify the token's signature: anyone can forge the claims it returns; pass the verification key in its options \(jwt\.WithKeySet, jwt\.WithKeySetProvider, jwt\.WithVerify, jwt\.WithVerifyAuto\)`
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// bare parses the request's cookie with no option at all.
func bare(r *http.Request) (string, error) {
	c, err := r.Cookie("session")
	if err != nil {
		return "", err
	}
	tok, err := jwt.Parse([]byte(c.Value)) // want `jwt\.Parse given no key option does not verify`
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// fromRequest lets the library read the request's header, unverified.
func fromRequest(r *http.Request) (string, error) {
	tok, err := jwt.ParseRequest(r) // want `jwt\.ParseRequest given no key option does not verify`
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// listed builds the options in a slice of its own, none a key option.
func listed(r *http.Request) (string, error) {
	opts := []jwt.ParseOption{jwt.WithValidate(true)}
	tok, err := jwt.ParseString(r.FormValue("token"), opts...) // want `jwt\.ParseString given no key option does not verify`
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// verified passes a key: nothing to report.
func verified(r *http.Request, key []byte) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.ParseString(raw, jwt.WithVerify(jwa.HS256, key))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// keySet verifies against a key set: nothing to report.
func keySet(r *http.Request, set jwk.Set) (string, error) {
	tok, err := jwt.ParseString(r.Header.Get("X-Token"), jwt.WithValidate(true), jwt.WithKeySet(set))
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// chosen takes its options from its callers, whose every call passes a
// key option: nothing to report.
func chosen(r *http.Request, opts ...jwt.ParseOption) (string, error) {
	tok, err := jwt.ParseString(r.Header.Get("X-Token"), opts...)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// ParseWith takes options jwtlint cannot see (an exported function's
// callers are not all known; they may give the key): nothing to report.
func ParseWith(raw string, opts ...jwt.ParseOption) (jwt.Token, error) { // want ParseWith:"jwtlint.func"
	return jwt.ParseString(raw, opts...)
}

// conditional adds the key option on one branch only: jwtlint cannot tell
// which branch runs, so nothing is reported.
func conditional(r *http.Request, key []byte) (string, error) {
	opts := []jwt.ParseOption{jwt.WithValidate(true)}
	if key != nil {
		opts = append(opts, jwt.WithVerify(jwa.HS256, key))
	}
	tok, err := jwt.ParseString(r.Header.Get("X-Token"), opts...)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// own reads back the token the program has just signed: its own token,
// not reported.
func own(key []byte) (string, error) {
	t := jwt.New()
	if err := t.Set("sub", "service"); err != nil {
		return "", err
	}
	signed, err := jwt.Sign(t, jwa.HS256, key)
	if err != nil {
		return "", err
	}
	back, err := jwt.Parse(signed)
	if err != nil {
		return "", err
	}
	return back.Subject(), nil
}

// stored reads the program's own token from its credential file under the
// home directory: not reported.
func stored() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	b, err := os.ReadFile(home + "/.jwxv1/token")
	if err != nil {
		return "", err
	}
	tok, err := jwt.Parse(b)
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// Handler serves the subjects.
func Handler(key []byte, set jwk.Set) http.HandlerFunc { // want Handler:"jwtlint.func"
	return func(w http.ResponseWriter, r *http.Request) {
		s, _ := subject(r)
		b, _ := bare(r)
		f, _ := fromRequest(r)
		l, _ := listed(r)
		v, _ := verified(r, key)
		k, _ := keySet(r, set)
		c, _ := chosen(r, jwt.WithKeySet(set))
		d, _ := conditional(r, key)
		o, _ := own(key)
		h, _ := stored()
		_, _ = w.Write([]byte(s + b + f + l + v + k + c + d + o + h))
	}
}
