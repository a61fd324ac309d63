package dgrijalva

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"

	jwt "github.com/dgrijalva/jwt-go"
	"github.com/dgrijalva/jwt-go/request"

	"example.com/reallibs/keys"
)

var keyFile = flag.String("dgrijalva-jwt-key-file", "/run/secrets/jwt", "file holding the JWT key")

var flagSecret = flag.String("dgrijalva-jwt-secret", "", "JWT signing secret")

// Service holds a key loaded at start-up.
type Service struct {
	key []byte
}

// NewService reads the key from a file named by a flag.
func NewService() (*Service, error) {
	key, err := os.ReadFile(*keyFile)
	if err != nil {
		return nil, fmt.Errorf("reading JWT key: %w", err)
	}
	return &Service{key: key}, nil
}

// Sign signs with the key read from the file.
func (s *Service) Sign(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(s.key)
}

// SignEnv signs with a key from the environment.
func SignEnv(sub string) (string, error) {
	secret := strings.TrimSpace(os.Getenv("JWT_SECRET"))
	if secret == "" {
		return "", fmt.Errorf("JWT_SECRET is not set")
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString([]byte(secret))
}

// SignFlag signs with a key from a command-line flag.
func SignFlag(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString([]byte(*flagSecret))
}

// SignParam signs with the caller's key.
func SignParam(sub string, key []byte) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(key)
}

// SignOtherPackageEnv signs with a key another package reads from the
// environment.
func SignOtherPackageEnv(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub)).SignedString(keys.FromEnv())
}

// Verify verifies with the key read from the file.
func (s *Service) Verify(raw string) (jwt.MapClaims, error) {
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return s.key, nil
	})
	if err != nil {
		return nil, err
	}
	return tok.Claims.(jwt.MapClaims), nil
}

// MiddlewareEnv verifies requests with a key from the environment.
func MiddlewareEnv(next http.Handler) http.Handler {
	secret := []byte(os.Getenv("JWT_SECRET"))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, err := request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errUnexpectedMethod
			}
			return secret, nil
		})
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// VerifyRSA verifies with a public key read from a file: public keys are
// not secrets.
func VerifyRSA(raw, pubPath string) error {
	pemBytes, err := os.ReadFile(pubPath)
	if err != nil {
		return err
	}
	pub, err := jwt.ParseRSAPublicKeyFromPEM(pemBytes)
	if err != nil {
		return err
	}
	_, err = jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, errUnexpectedMethod
		}
		return pub, nil
	})
	return err
}
