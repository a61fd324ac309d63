// Package gopkgzauth covers github.com/go-pkgz/auth v1 and v2: the key is
// what the SecretReader returns.
package gopkgzauth

import (
	"os"

	authv1 "github.com/go-pkgz/auth"
	tokenv1 "github.com/go-pkgz/auth/token"
	auth "github.com/go-pkgz/auth/v2"
	"github.com/go-pkgz/auth/v2/token"
)

func service() *auth.Service {
	return auth.NewService(auth.Opts{
		SecretReader: token.SecretFunc(func(aud string) (string, error) {
			return "go-pkgz-secret", nil // want `keyfunc of auth\.Opts\.SecretReader returns a hard\-coded 14\-byte key: anyone who can read the source can forge tokens it accepts, and at 14 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
		}),
		Issuer: "app",
	})
}

func serviceEnv() *auth.Service {
	return auth.NewService(auth.Opts{
		SecretReader: token.SecretFunc(func(aud string) (string, error) {
			return os.Getenv("AUTH_SECRET"), nil // want `no emptiness or length check`
		}),
	})
}

func tokenService() *token.Service {
	return token.NewService(token.Opts{
		SecretReader: token.SecretFunc(func(string) (string, error) { return "go-pkgz-token-secret", nil }), // want `keyfunc of token\.Opts\.SecretReader returns a hard\-coded 20\-byte key: anyone who can read the source can forge tokens it accepts, and at 20 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
	})
}

func serviceV1() *authv1.Service {
	return authv1.NewService(authv1.Opts{
		SecretReader: tokenv1.SecretFunc(func(aud string) (string, error) {
			return "go-pkgz-v1-secret", nil // want `keyfunc of auth\.Opts\.SecretReader returns a hard\-coded 17\-byte key: anyone who can read the source can forge tokens it accepts, and at 17 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen \-\-alg HS256.\)`
		}),
	})
}
