// Package envfix: the hardcoded-key fix names its environment variable
// after what the key is (jwtKey → JWT_KEY), qualifies a generic field name
// (Key, Secret, SigningKey) by the variable or type of the literal that holds
// it (authCfg → AUTH_JWT_SECRET, signer → SIGNER_JWT_SECRET), and falls back
// to JWT_SECRET; its edits are gofmt-clean before any formatting.
package envfix

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// config is a generic configuration: its type name qualifies nothing.
type config struct{ SigningKey string }

// signer names what it is: its generic Key field becomes SIGNER_JWT_SECRET.
type signer struct{ Key string }

// verifier and issuer are further specific types (each case has its own
// field, as the analyzer follows a field, not an instance).
type verifier struct{ Key string }

type issuer struct{ Key string }

// outer holds an issuer.
type outer struct{ Sign issuer }

// authConfig, jwtConfig and adminConfig hold the key of one case each.
type authConfig struct{ Secret string }

type jwtConfig struct{ Secret string }

type adminConfig struct {
	Secret   string
	Audience string
}

var _ = os.Getenv

func specific() (string, error) {
	jwtKey := "specific-name-is-kept-as-is"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(jwtKey)) // want `hard-coded 27-byte key passed to`
}

func byVariable() (string, error) {
	authCfg := authConfig{Secret: "qualified-by-the-variable"}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(authCfg.Secret)) // want `hard-coded 25-byte key passed to`
}

func byType() (string, error) {
	s := signer{Key: "qualified-by-the-type-name"}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s.Key)) // want `hard-coded 26-byte key passed to`
}

func genericEverywhere() (string, error) {
	cfg := config{SigningKey: "nothing-to-qualify-it-with"}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.SigningKey)) // want `hard-coded 26-byte key passed to`
}

func genericVariable() (string, error) {
	key := "a-generic-variable-name-key"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key)) // want `hard-coded 27-byte key passed to`
}

func jwtQualifier() (string, error) {
	jwtCfg := &jwtConfig{Secret: "the-qualifier-says-jwt-already"}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(jwtCfg.Secret)) // want `hard-coded 30-byte key passed to`
}

func nested() (string, error) {
	o := outer{Sign: issuer{Key: "nested-literal-of-a-signer"}}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(o.Sign.Key)) // want `hard-coded 26-byte key passed to`
}

func fieldAssignment() (string, error) {
	var billing verifier
	billing.Key = "assigned-to-a-generic-field"
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(billing.Key)) // want `hard-coded 27-byte key passed to`
}

func indented(ok bool) (string, error) {
	if ok {
		adminCfg := adminConfig{
			Secret:   "deeply-indented-config-secret", // aligned with Audience until it spans lines
			Audience: "admin",
		}
		return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(adminCfg.Secret)) // want `hard-coded 29-byte key passed to`
	}
	return "", nil
}
