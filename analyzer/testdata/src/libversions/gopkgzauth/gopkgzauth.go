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
			return "go-pkgz-secret", nil // want `hard-coded 14-byte key`
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
		SecretReader: token.SecretFunc(func(string) (string, error) { return "go-pkgz-token-secret", nil }), // want `hard-coded 20-byte key`
	})
}

func serviceV1() *authv1.Service {
	return authv1.NewService(authv1.Opts{
		SecretReader: tokenv1.SecretFunc(func(aud string) (string, error) {
			return "go-pkgz-v1-secret", nil // want `hard-coded 17-byte key`
		}),
	})
}
