// Package directive holds the messages of malformed and unused
// //jwtlint:ignore directives, matched whole: each ends with its category,
// and an unknown rule is named with the rule it most likely means.
package directive

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func directives() {
	//jwtlint:ignore hardcoded-keys -- typo // want `^jwtlint:ignore directive names an unknown rule "hardcoded-keys": did you mean hardcoded-key\? \(ignore-directive\)$`
	_ = 0
	//jwtlint:ignore hardcoded-key,unverified -- one of two unknown // want `^jwtlint:ignore directive names an unknown rule "unverified": the rules are hardcoded-key, weak-random-key, short-key, missing-alg-check, unverified-parse, none-alg \(ignore-directive\)$`
	_ = 1
	//jwtlint:ignore // want `^jwtlint:ignore directive names no rule: write //jwtlint:ignore RULE -- reason \(ignore-directive\)$`
	_ = 2
	//jwtlint:ignore hardcoded-key // want `^jwtlint:ignore directive needs a reason after ".{2}": say why this finding is safe \(ignore-directive\)$`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("lab-fixture")) // want `hard-coded 11-byte key.* \(hardcoded-key\)$`
	//jwtlint:ignore hardcoded-key -- nothing here // want `^jwtlint:ignore directive suppresses nothing: remove it \(ignore-directive\)$`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("K"))) // want `key from os.Getenv\("K"\) reaches \(\*jwt.Token\).SignedString with no emptiness or length check.* \(short-key\)$`
}
