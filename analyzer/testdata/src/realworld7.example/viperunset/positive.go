package viperunset

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/viper"
)

// SignMethod reads the secret from a Viper of its own, unchecked.
func SignMethod(v *viper.Viper) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(v.GetString("jwt.secret"))) // want "^key from \\(\\*viper\\.Viper\\)\\.GetString\\(\"jwt\\.secret\"\\) reaches \\(\\*jwt\\.Token\\)\\.SignedString with no emptiness or length check: with the setting unset, it signs tokens with an empty key, which anyone can forge; refuse to start unless len\\(key\\) >= 32 \\(a key made by `jwtlint gen --alg HS256`\\)"
}

// SignSub reads the secret from a group, unchecked.
func SignSub() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.Sub("auth").GetString("secret"))) // want `key from \(\*viper\.Viper\)\.GetString\("auth\.secret"\) reaches .* with no emptiness or length check: with the setting unset`
}

// SignKoanf reads the secret with koanf's String, unchecked.
func SignKoanf(k *koanf.Koanf) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k.String("jwt.secret"))) // want `key from \(\*koanf\.Koanf\)\.String\("jwt\.secret"\) reaches .* with no emptiness or length check`
}

func init() {
	viper.SetDefault("jwt_secret_empty", "")
}

// SignEmptyDefault signs with a setting whose default is empty: as empty
// as no default.
func SignEmptyDefault() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.GetString("jwt_secret_empty"))) // want `key from viper\.GetString\("jwt_secret_empty"\) reaches .* no emptiness or length check`
}
