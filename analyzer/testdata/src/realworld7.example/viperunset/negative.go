package viperunset

import (
	"log"

	"github.com/golang-jwt/jwt/v5"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/viper"
)

// MustSecret refuses to start without the secret.
func MustSecret() []byte {
	key := viper.GetString("jwt_secret_fatal")
	if key == "" {
		log.Fatal("jwt_secret_fatal is not set")
	}
	return []byte(key)
}

// SignFatal signs with a secret checked where it is read.
func SignFatal() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(MustSecret())
}

func init() {
	viper.SetDefault("jwt_secret_default", "a default of thirty-two bytes or more, hard-coded")
}

// SignDefault signs with a setting that has a default: judged by the
// default (hardcoded-key's finding), not as an empty key.
func SignDefault() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.GetString("jwt_secret_default")))
}

// SignAsked signs with a setting the program requires.
func SignAsked() (string, error) {
	if !viper.IsSet("jwt_secret_asked") {
		log.Fatal("jwt_secret_asked is not set")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.GetString("jwt_secret_asked")))
}

// SignMust signs with koanf's MustString, which panics on an empty value.
func SignMust(k *koanf.Koanf) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k.MustString("jwt.must")))
}

// SignExists signs with a koanf path the program requires.
func SignExists(k *koanf.Koanf) (string, error) {
	if !k.Exists("jwt.exists") {
		log.Fatal("jwt.exists is not set")
	}
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k.String("jwt.exists")))
}

// SignGet signs with viper.Get's value, which .(string) refuses when the
// setting is unset (nil): a panic, not an empty key.
func SignGet() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.Get("jwt_secret_get").(string)))
}
