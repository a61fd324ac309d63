// Package configdefaults loads keys from configuration whose default is
// written in the source, with the real loader libraries: the default is a
// hard-coded key, unless the program refuses to start with it.
package configdefaults

import (
	"cmp"
	"errors"
	"flag"
	"log"
	"os"

	"github.com/caarlos0/env/v11"
	"github.com/golang-jwt/jwt/v5"
	"github.com/kelseyhightower/envconfig"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

var claims = jwt.MapClaims{"sub": "u1"}

// Config is loaded by caarlos0/env.
type Config struct {
	Secret  string `env:"JWT_SECRET" envDefault:"env-default-secret-for-local-development-only-0123456789"`
	Guarded string `env:"JWT_GUARDED" envDefault:"change-me-before-deploying-this-service-0123456789abcdef"`
	Public  string `env:"JWT_PUBLIC"`
}

// Load reads Config and refuses the development default of Guarded.
func Load() (*Config, error) {
	var c Config
	if err := env.Parse(&c); err != nil {
		return nil, err
	}
	if c.Guarded == "change-me-before-deploying-this-service-0123456789abcdef" {
		return nil, errors.New("JWT_GUARDED must be set")
	}
	return &c, nil
}

// EnvTags signs with the fields of Config.
func EnvTags() {
	c, err := Load()
	if err != nil {
		log.Fatal(err)
	}
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(c.Secret)) // jwtlint:expect hardcoded-key
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(c.Guarded))
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(c.Public))
}

type kelsey struct {
	SigningKey string `envconfig:"SIGNING_KEY" default:"kelsey-default-signing-key-0123456789abcdef0123456789abcdef"`
}

// Kelsey signs with a field of kelseyhightower/envconfig.
func Kelsey() {
	var k kelsey
	envconfig.MustProcess("app", &k)
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(k.SigningKey)) // jwtlint:expect hardcoded-key
}

var flagKey = flag.String("jwt-key", "flag-default-key-0123456789abcdef0123456789abcdef0123456789", "HMAC key")

// Flags signs with a flag's value.
func Flags() {
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(*flagKey)) // jwtlint:expect hardcoded-key
}

// Cobra signs with cobra flags.
func Cobra() *cobra.Command {
	var secret string
	cmd := &cobra.Command{Use: "serve"}
	cmd.Flags().StringVarP(&secret, "secret", "s", "cobra-default-secret-0123456789abcdef0123456789abcdef", "JWT secret")
	cmd.Run = func(*cobra.Command, []string) {
		jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(secret)) // jwtlint:expect hardcoded-key
	}
	return cmd
}

// Viper signs with a viper setting and its default.
func Viper() {
	viper.SetDefault("jwt.secret", "viper-default-secret-0123456789abcdef0123456789abcdef0123")
	viper.AutomaticEnv()
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(viper.GetString("jwt.secret"))) // jwtlint:expect hardcoded-key
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(viper.GetString("jwt.other"))) // jwtlint:expect short-key
}

// CmpOr signs with an environment variable or its fallback.
func CmpOr() {
	key := cmp.Or(os.Getenv("JWT_SECRET"), "cmp-or-default-secret-0123456789abcdef0123456789abcdef012")
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(key)) // jwtlint:expect hardcoded-key
}
