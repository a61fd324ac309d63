// Package form3tech uses github.com/form3tech-oss/jwt-go (no WithValidMethods in this
// version: every keyfunc checks the method) the way services do. This file holds
// hard-coded keys that jwtlint must report, one per way a key reaches a sink.
package form3tech

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	jwt "github.com/form3tech-oss/jwt-go"
	"github.com/form3tech-oss/jwt-go/request"

	"example.com/reallibs/keys"
)

var errUnexpectedMethod = errors.New("unexpected signing method")

const signingSecret = "form3tech-const-signing-secret-5d0c2f8e61b7a94e3c8d1f07a2b6e59c"

var packageKey = []byte("form3tech-package-variable-secret-a83f0e6d2c19b75e48d3a0c6f1e29b7d")

// Config is the service configuration.
type Config struct {
	Secret string
	Issuer string
}

func defaultConfig() Config {
	return Config{Secret: "form3tech-config-default-secret-0e7b3c9a5f2d184e6c0a7b3d9e5f1c28", Issuer: "api"}
}

func helperKey() []byte {
	return []byte("form3tech-same-package-helper-secret-7c1e9f3b5a0d28e4c6b1f9a7d3e05c2b")
}

func claims(sub string) jwt.MapClaims {
	return jwt.MapClaims{"sub": sub, "exp": time.Now().Add(time.Hour).Unix()}
}

// SignLiteral signs with a []byte literal.
func SignLiteral(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString([]byte("form3tech-direct-literal-secret-3e8a1c7f5b0d29e6a4c8f1b3d7e05a9c")) // jwtlint:expect hardcoded-key
}

// SignConst signs with a constant.
func SignConst(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString([]byte(signingSecret)) // jwtlint:expect hardcoded-key
}

// SignPackageVar signs with a package variable.
func SignPackageVar(sub string) (string, error) {
	tok := jwt.New(jwt.SigningMethodHS256)
	tok.Claims = claims(sub)
	return tok.SignedString(packageKey) // jwtlint:expect hardcoded-key
}

// SignEnvFallback falls back to a default when the variable is unset.
func SignEnvFallback(sub string) (string, error) {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "dev-secret"
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString([]byte(secret)) // jwtlint:expect hardcoded-key
}

// SignStructDefault takes the key from a configuration struct literal.
func SignStructDefault(sub string) (string, error) {
	cfg := Config{Secret: "form3tech-struct-field-secret-6b2d8f0a4c7e19b3d5f8a2c6e0b4d71f", Issuer: "api"}
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString([]byte(cfg.Secret)) // jwtlint:expect hardcoded-key
}

// SignConfigHelper takes the key from a configuration built by a helper.
func SignConfigHelper(sub string) (string, error) {
	cfg := defaultConfig()
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString([]byte(cfg.Secret)) // jwtlint:expect hardcoded-key
}

// SignHelper takes the key from a helper of this package.
func SignHelper(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString(helperKey()) // jwtlint:expect hardcoded-key
}

// SignOtherPackage takes the key from a helper of another package.
func SignOtherPackage(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString([]byte(keys.Secret())) // jwtlint:expect hardcoded-key
}

// SignOtherPackageVar takes the key from a variable of another package.
func SignOtherPackageVar(sub string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims(sub))
	return tok.SignedString(keys.SharedKey()) // jwtlint:expect hardcoded-key
}

// SignRaw signs a signing string with the HMAC method directly.
func SignRaw(signingString string) error {
	sig, err := jwt.SigningMethodHS256.Sign(signingString, []byte(signingSecret)) // jwtlint:expect hardcoded-key
	if err != nil {
		return err
	}
	return jwt.SigningMethodHS256.Verify(signingString, sig, packageKey) // jwtlint:expect hardcoded-key
}

// SignWithMethod signs through the SigningMethod interface.
func SignWithMethod(m jwt.SigningMethod, signingString string) error {
	_, err := m.Sign(signingString, helperKey()) // jwtlint:expect hardcoded-key
	return err
}

// privatePEM is not a real key: the body is a placeholder, and the armour
// is split so that secret scanners do not take this file for a leak.
const privatePEM = "-----BEGIN RSA " + "PRIVATE KEY-----\n" +
	"MIIEowIBAAKCAQEAjwtlintPlaceholderNotARealKeyDoNotUse\n" +
	"-----END RSA " + "PRIVATE KEY-----\n"

// SignRSAEmbedded signs with a private key parsed from a PEM constant.
func SignRSAEmbedded(sub string) (string, error) {
	priv, err := jwt.ParseRSAPrivateKeyFromPEM([]byte(privatePEM))
	if err != nil {
		return "", err
	}
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims(sub))
	return tok.SignedString(priv) // jwtlint:expect hardcoded-key
}

// hmacOnly is a keyfunc that returns a hard-coded key after checking the
// method.
func hmacOnly(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("%w: %v", errUnexpectedMethod, t.Header["alg"])
	}
	return packageKey, nil // jwtlint:expect hardcoded-key
}

// VerifyLiteral verifies with a literal returned by a closure.
func VerifyLiteral(raw string) (jwt.MapClaims, error) {
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != "HS256" {
			return nil, errUnexpectedMethod
		}
		return []byte("form3tech-verify-literal-secret-2f6a0d4c8e1b7935a2d6f0c4e8b1a73d"), nil // jwtlint:expect hardcoded-key
	})
	if err != nil {
		return nil, err
	}
	return tok.Claims.(jwt.MapClaims), nil
}

// VerifyNamedKeyfunc verifies with a named keyfunc.
func VerifyNamedKeyfunc(raw string) error {
	mc := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(raw, mc, hmacOnly)
	return err
}

// VerifyParser verifies through a Parser with a closure over a constant.
func VerifyParser(raw string) error {
	p := &jwt.Parser{}
	_, err := p.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return []byte(signingSecret), nil // jwtlint:expect hardcoded-key
	})
	return err
}

// VerifyParserClaims verifies through Parser.ParseWithClaims with a key from
// another package.
func VerifyParserClaims(raw string) error {
	p := &jwt.Parser{}
	_, err := p.ParseWithClaims(raw, jwt.MapClaims{}, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return []byte(keys.Secret()), nil // jwtlint:expect hardcoded-key
	})
	return err
}

// Middleware verifies the request's token with a key whose default is
// hard-coded.
func Middleware(next http.Handler) http.Handler {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "form3tech-middleware-fallback-secret-8d4f2b0e6a1c9735d8f2b4e0a6c1973e"
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, err := request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (interface{}, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errUnexpectedMethod
			}
			return []byte(secret), nil // jwtlint:expect hardcoded-key
		})
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// VerifyRequestClaims verifies with ParseFromRequestWithClaims and the
// struct default.
func VerifyRequestClaims(r *http.Request) error {
	cfg := defaultConfig()
	_, err := request.ParseFromRequestWithClaims(r, request.OAuth2Extractor, jwt.MapClaims{}, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errUnexpectedMethod
		}
		return []byte(cfg.Secret), nil // jwtlint:expect hardcoded-key
	})
	return err
}
