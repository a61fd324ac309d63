// Package settings registers the groups; it imports no JWT library. // want package:"jwtlint.config"
package settings

import (
	"os"

	"registry.example/conf"
)

func init() {
	conf.Register("auth", map[string]any{
		"secret": conf.Env("AUTH_SECRET", "registry-default-secret-0123456789"),
		"env":    os.Getenv("AUTH_ENV_SECRET"),
	})
	conf.Register("mail", map[string]any{
		"key": conf.Env("MAIL_KEY", "mail-default-key-0123456789abcdef"),
	})
}
