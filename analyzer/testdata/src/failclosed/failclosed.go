// Package failclosed: keys read from the environment that reach a JWT
// library with no emptiness or length check (issue 13 item 4), and the
// checks that count.
package failclosed

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"

	"example.com/failclosedcheck"
	"example.com/keys"
	"github.com/golang-jwt/jwt/v5"
)

func direct() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("JWT_SECRET"))) // want `key from os.Getenv\("JWT_SECRET"\) reaches \(\*jwt.Token\).SignedString with no emptiness or length check: with the variable unset, it signs tokens with an empty key, which anyone can forge; refuse to start unless len\(key\) >= 32 \(a key made by .jwtlint gen --alg HS256.\)`
}

var signKey = []byte(os.Getenv("SIGN_KEY"))

func packageVar() (string, error) {
	return jwt.New(jwt.SigningMethodHS512).SignedString(signKey) // want `key from os.Getenv\("SIGN_KEY"\) reaches \(\*jwt.Token\).SignedString with no emptiness or length check: .* unless len\(key\) >= 64`
}

func secretKey() []byte { return []byte(os.Getenv("APP_KEY")) }

func helper() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(secretKey()) // want `key from os.Getenv\("APP_KEY"\) reaches`
}

func keyfunc(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return []byte(os.Getenv("VERIFY_KEY")), nil // want `key from os.Getenv\("VERIFY_KEY"\) reaches jwt.Parse with no emptiness or length check: with the variable unset, it accepts tokens signed with an empty key`
	}, jwt.WithValidMethods([]string{"HS256"}))
}

// Checks that count.

func emptyCheck() (string, error) {
	key := os.Getenv("CHECKED_KEY")
	if key == "" {
		return "", errors.New("CHECKED_KEY is not set")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

func lengthCheck() (string, error) {
	key := []byte(os.Getenv("LONG_KEY"))
	if len(key) < 32 {
		return "", errors.New("LONG_KEY is too short")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString(key)
}

var initKey = []byte(os.Getenv("INIT_KEY"))

func init() {
	if len(initKey) < 32 {
		log.Fatal("INIT_KEY must hold at least 32 bytes")
	}
}

func checkedInInit() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(initKey)
}

type config struct{ Secret string }

func (c *config) validate() error {
	if c.Secret == "" {
		return errors.New("secret is required")
	}
	return nil
}

func load() *config { return &config{Secret: os.Getenv("CONFIG_SECRET")} }

func checkedByValidation() (string, error) {
	cfg := load()
	if err := cfg.validate(); err != nil {
		return "", err
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.Secret))
}

func main() {
	if os.Getenv("OTHER_READ") == "" {
		log.Fatal("OTHER_READ is required")
	}
}

func checkedByAnotherRead() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("OTHER_READ")))
}

func lookup() (string, error) {
	key, ok := os.LookupEnv("LOOKUP_KEY")
	if !ok {
		return "", errors.New("LOOKUP_KEY is not set")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

func passedOn() (string, error) {
	key := os.Getenv("VALIDATED_ELSEWHERE")
	failclosedcheck.Validate(key)
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

func fallback() (string, error) {
	key := os.Getenv("FALLBACK_KEY")
	if key == "" {
		key = "development-only-signing-key-of-32b"
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key))
}

// A key read in another package is judged there (its reads are not
// followed across packages).
func otherPackage() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.FromEnv()))
}

// Printing the key is no check (and prints the secret: other tools' concern).
func printed() (string, error) {
	secret := os.Getenv("PRINTED_KEY")
	s, err := jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret)) // want `key from os.Getenv\("PRINTED_KEY"\) reaches`
	fmt.Println(secret)
	return s, err
}

// A check of a trimmed copy counts.
func trimmedCheck() (string, error) {
	secret := os.Getenv("TRIMMED_KEY")
	if strings.TrimSpace(secret) == "" {
		return "", errors.New("TRIMMED_KEY is blank")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))
}
