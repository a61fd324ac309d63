// Package config registers the application's settings (gohub // want package:"jwtlint.config"
// config/app.go): the JWT key falls back to a literal when APP_KEY is not
// set. It imports no JWT library, and the package that signs with the key
// does not import it: only main imports both.
package config

import "realworld4.example/gohub/pkg/config"

func init() {
	config.Add("app", func() map[string]interface{} {
		return map[string]interface{}{
			"name": config.Env("APP_NAME", "Gohub"),
			"key":  config.Env("APP_KEY", "33446a9dcf9ea060a0a6532b166da32f304af0de"),
			"url":  config.Env("APP_URL", "http://localhost:3000"),
		}
	})
}

// Initialize runs the init functions of the package.
func Initialize() {}
