// Package weak judges whether a JWT secret is guessable. It is shared by the
// analyzer (which names well-known sample secrets in its diagnostics) and the
// scanner, and depends on the standard library only.
package weak

import (
	"strings"
	"sync"
)

// wellKnown are secrets published in documentation, tutorials and framework
// defaults. They are the first values an attacker tries. Keys are normalized
// with normalize: lower case, without '-', '_', '.' and spaces.
// The set is built on first use (see package lazyre for why).
var wellKnown = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(dictionary))
	for _, s := range dictionary {
		m[normalize(s)] = true
	}
	return m
})

// publishedSecrets are the well-known secrets whose publisher is known, with
// the publisher: the scanner names it ("JWT_SECRET is jwt.io's sample key").
var publishedSecrets = []struct{ secret, where string }{
	// jwt.io's sample keys, old and new.
	{"your-256-bit-secret", "jwt.io's sample key"},
	{"your-384-bit-secret", "jwt.io's sample key"},
	{"your-512-bit-secret", "jwt.io's sample key"},
	{"a-string-secret-at-least-256-bits-long", "jwt.io's sample key"},
	// Framework, product and tutorial defaults.
	{"super-secret-jwt-token-with-at-least-32-characters-long", "Supabase's local development default"},
	{"your-super-secret-jwt-token-with-at-least-32-characters-long", "Supabase's self-hosting example"},
	{"shhhhhhared-secret", "the express-jwt README's sample secret"},
	{"keyboard cat", "the express-session README's sample secret"}, // copied into JWT setups
	{"AllYourBase", "golang-jwt's example key"},
	{"ad879037-c7a4-4063-9236-6bfc35d54b7d", "go-zero's tutorial secret"},                                          // AccessSecret, copied into services (sweep 2: zero-admin)
	{"ae0536f9-6450-4606-8e13-5a19ed505da0", "go-zero-looklook's AccessSecret"},                                    // copied into other services' code and configs (sweep 3)
	{"0f987876650b4a085e64594fae9219e7781b17506bec02489ad061fba8cb22db", "the Nhost CLI's default Hasura JWT key"}, // inside HASURA_GRAPHQL_JWT_SECRET's JSON (sweep 3: envsecrets)
}

// published maps normalize(secret) to its publisher.
var published = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(publishedSecrets))
	for _, p := range publishedSecrets {
		m[normalize(p.secret)] = p.where
	}
	return m
})

// Published returns who published the well-known secret s as a sample or
// default ("jwt.io's sample key"), or "" when that is not known.
// A variant of one (Known) is named as such: "go-zero's tutorial secret,
// with part of it changed".
func Published(s string) string {
	n := normalize(s)
	if p, ok := published()[n]; ok {
		return p
	}
	if i := variantOf(n); i >= 0 {
		if p := published()[normalize(dictionary[i])]; p != "" {
			return p + ", with part of it changed"
		}
	}
	return ""
}

// dictionary lists well-known sample, default and tutorial secrets in their
// usual spelling, those of publishedSecrets first; Dictionary returns a copy
// for crackers to try.
var dictionary = append(publishedNames(), []string{
	"my-32-character-ultra-secure-and-ultra-long-secret",
	"secretOrPrivateKey",
	"secretOrKey",
	"shhhhh",
	"shhhh",
	"shhh",
	"gophers",
	"hmacSampleSecret",
	"my_secret_key",
	"jwt-secret-key-change-in-production",
	"change-this-in-production",
	"changeinproduction",
	"your-secret-key-change-in-production",
	"default-secret",
	"defaultsecret",
	"notasecret",
	"notsosecret",
	"not-so-secret",
	"development-secret",
	"dev-secret",
	"local-secret",
	"test-secret",
	"example-secret",
	"sample-secret",
	"demo-secret",
	"secret-phrase",
	"secretkey123",
	"secret123",
	"secret1234",
	"secret12345",
	"secretpassword",
	// The classics.
	"secret",
	"secrets",
	"secretkey",
	"secret-key",
	"mysecret",
	"mysecretkey",
	"myjwtsecret",
	"my-jwt-secret",
	"mysupersecret",
	"mysupersecretkey",
	"jwt",
	"jwtsecret",
	"jwt_secret",
	"jwtsecretkey",
	"jwtkey",
	"jwt-signing-key",
	"jsonwebtoken",
	"json-web-token",
	"supersecret",
	"supersecretkey",
	"super-secret-key",
	"verysecret",
	"verysecretkey",
	"topsecret",
	"top-secret-key",
	"thisismysecret",
	"this-is-my-secret",
	"thisisasecret",
	"this-is-a-secret",
	"thisisaverysecretkey",
	"your-secret",
	"your-secret-key",
	"yoursecretkey",
	"your_jwt_secret",
	"your-jwt-secret",
	"your-jwt-secret-key",
	"your-secret-here",
	"put-your-secret-here",
	"insert-secret-here",
	"replace-me",
	"replace-with-your-secret",
	"change-me",
	"changeme",
	"change-this",
	"changethis",
	"changeit",
	"change-it",
	"changemenow",
	"somesecret",
	"some-secret",
	"some-secret-key",
	"random",
	"randomsecret",
	"random-secret",
	"random-string",
	"token",
	"tokensecret",
	"token-secret",
	"accesstokensecret",
	"access-token-secret",
	"refreshtokensecret",
	"refresh-token-secret",
	"auth",
	"authsecret",
	"auth-secret",
	"authkey",
	"hmac",
	"hmacsecret",
	"hmac-secret",
	"hmackey",
	"signingkey",
	"signing-key",
	"signing-secret",
	"password",
	"password1",
	"password123",
	"passw0rd",
	"p@ssw0rd",
	"pass",
	"admin",
	"administrator",
	"root",
	"test",
	"testing",
	"dev",
	"development",
	"prod",
	"production",
	"staging",
	"local",
	"default",
	"example",
	"sample",
	"demo",
	"key",
	"private",
	"privatekey",
	"private-key",
	"qwerty",
	"letmein",
	"welcome",
	"hello",
	"helloworld",
	"hello-world",
	"foobar",
	"foo",
	"bar",
	"baz",
	"abc123",
	"abcdef",
	"s3cr3t",
	"s3cret",
	"secr3t",
	"5ecret",
	"$ecret",
	"123456",
	"1234567",
	"12345678",
	"123456789",
	"1234567890",
	"000000",
	"iloveyou",
	"trustno1",
	"monkey",
	"dragon",
	"master",
	"access",
	"session",
	"cookie",
	"pepper",
	"salt",
	"nodejs",
	"express",
	"django",
	"flask",
	"laravel",
	"spring",
	"rails",
}...)

// publishedNames returns the secrets of publishedSecrets.
func publishedNames() []string {
	names := make([]string, len(publishedSecrets))
	for i, p := range publishedSecrets {
		names[i] = p.secret
	}
	return names
}

// Known reports whether s is a well-known sample, default or tutorial secret
// (compared case-insensitively, ignoring surrounding white space and the
// separators '-', '_', '.' and ' ').
func Known(s string) bool {
	n := normalize(s)
	return wellKnown()[n] || variantOf(n) >= 0
}

// variantRun is how many normalized characters a value must share, in one
// run, with a well-known secret to be a variant of it: the last four groups
// of a UUID.
const variantRun = 24

// variantAt is where a run of variantRun characters occurs first among the
// well-known secrets: the secret's index in dictionary, its normalized
// spelling, and the run's offset in it.
type variantAt struct {
	entry int
	known string
	off   int
}

// variantIndex maps every run of variantRun characters of the normalized
// well-known secrets that long to where it occurs first. Built on first
// use.
var variantIndex = sync.OnceValue(func() map[string]variantAt {
	m := make(map[string]variantAt)
	for i, s := range dictionary {
		n := normalize(s)
		for j := 0; j+variantRun <= len(n); j++ {
			if _, ok := m[n[j:j+variantRun]]; !ok {
				m[n[j:j+variantRun]] = variantAt{i, n, j}
			}
		}
	}
	return m
})

// variantOf returns the index in dictionary of the well-known secret that
// the normalized value n is a variant of, or -1: n shares a run of at least
// variantRun characters with it, and the run is at least two thirds of n, so
// that little of n is new ("rtghyu67-c7a4-4063-9236-6bfc35d54b7d", go-zero's
// tutorial secret with its first group typed over). A sample with a long
// random part added is judged by that part.
func variantOf(n string) int {
	if len(n) < variantRun {
		return -1
	}
	idx := variantIndex()
	best, bestRun := -1, 0
	for i := 0; i+variantRun <= len(n); i++ {
		at, ok := idx[n[i:i+variantRun]]
		if !ok {
			continue
		}
		run := variantRun
		for i+run < len(n) && at.off+run < len(at.known) && n[i+run] == at.known[at.off+run] {
			run++
		}
		if run > bestRun {
			best, bestRun = at.entry, run
		}
	}
	if best < 0 || 3*bestRun < 2*len(n) {
		return -1
	}
	return best
}

// Dictionary returns the built-in well-known secrets in their usual spelling,
// in a new slice the caller may modify.
func Dictionary() []string {
	return append([]string(nil), dictionary...)
}

// normalize lower-cases s, trims white space and drops the separators '-',
// '_', '.' and ' ', so "My-Secret_Key" and "mysecretkey" compare equal.
func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '.', ' ':
			return -1
		}
		return r
	}, s)
}
