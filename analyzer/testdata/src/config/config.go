// Package config loads JWT keys from configuration whose default is written // want package:"jwtlint.config" package:"jwtlint.pkg"
// in the source: the default is the key whenever the setting is not set, so
// it is a hard-coded key (issue 12 item 2).
package config

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"log"
	"os"

	ardan "github.com/ardanlabs/conf/v3"
	"github.com/caarlos0/env/v11"
	"github.com/golang-jwt/jwt/v5"
	"github.com/ilyakaznacheev/cleanenv"
	"github.com/kelseyhightower/envconfig"
	goenv "github.com/sethvargo/go-envconfig"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"github.com/urfave/cli/v2"
)

var claims = jwt.MapClaims{"sub": "u1"}

func sign(key []byte) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

type envConfig struct {
	Secret string `env:"JWT_SECRET" envDefault:"env-default-secret"` // the key is written here
	Port   int    `env:"PORT" envDefault:"8080"`
	Public string `env:"PUBLIC_KEY"`
	Home   string `env:"KEY_DIR" envDefault:"${HOME}/.keys"`
}

func caarlos() {
	var cfg envConfig
	if err := env.Parse(&cfg); err != nil {
		log.Fatal(err)
	}
	sign([]byte(cfg.Secret)) // want `key passed to \(\*jwt.Token\).SignedString through config.sign \(config.go:\d+\) falls back to a hard-coded 18-byte key from the envDefault tag of config.envConfig.Secret`
	sign([]byte(cfg.Public))
	sign([]byte(cfg.Home))
}

type cleanConfig struct {
	JWT struct {
		Key string `yaml:"key" env:"JWT_KEY" env-default:"cleanenv-default"`
	} `yaml:"jwt"`
}

func clean() {
	var cfg cleanConfig
	cleanenv.ReadEnv(&cfg)
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.JWT.Key)) // want `falls back to a hard-coded 16-byte key from the env-default tag of config.cleanConfig.JWT.Key`
}

type kelsey struct {
	SigningKey string `envconfig:"SIGNING_KEY" default:"kelsey-default"`
}

func kelseyConfig() *kelsey {
	var k kelsey
	envconfig.MustProcess("app", &k)
	return &k
}

func kelseyUse() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(kelseyConfig().SigningKey)) // want `falls back to a hard-coded 14-byte key from the default tag of config.kelsey.SigningKey`
}

type sethvargo struct {
	Key string `env:"JWT_KEY, default=seth,with,commas"`
}

func seth(ctx context.Context) {
	var s sethvargo
	goenv.Process(ctx, &s)
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s.Key)) // want `falls back to a hard-coded 16-byte key from the env tag`
}

func urfave() {
	var secret string
	app := &cli.App{
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "jwt-secret", EnvVars: []string{"JWT_SECRET"}, Value: "urfave-default"},
			&cli.StringFlag{Name: "signing-key", Value: "urfave-destination", Destination: &secret},
			&cli.StringFlag{Name: "no-default"},
		},
	}
	app.Action = func(c *cli.Context) error {
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.String("jwt-secret"))) // want `falls back to a hard-coded 14-byte key from the default of cli.StringFlag.Value`
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))                 // want `falls back to a hard-coded 18-byte key from the default of cli.StringFlag.Value`
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(c.String("no-default")))
		return nil
	}
}

type ardanConfig struct {
	Auth struct {
		KeyID  string `conf:"default:54bb2165-71e1-41a6-af3e-7da4a0e1e2c1"`
		Secret string `conf:"default:ardan-default,mask"`
	}
}

func ardanlabs() {
	var cfg ardanConfig
	ardan.Parse("SALES", &cfg)
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.Auth.Secret)) // want `falls back to a hard-coded 13-byte key from the conf tag`
}

var flagKey = flag.String("jwt-key", "flag-default-key", "HMAC key")

var flagVarKey string

func init() {
	flag.StringVar(&flagVarKey, "jwt-var-key", "flag-var-default", "HMAC key")
}

func flags() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*flagKey))   // want `falls back to a hard-coded 16-byte key from the default of flag.String`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(flagVarKey)) // want `falls back to a hard-coded 16-byte key from the default of flag.StringVar`
	noDefault := flag.String("other", "", "no default")
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*noDefault))
}

type server struct {
	secret string
}

func cobraFlags() {
	var s server
	cmd := &cobra.Command{Use: "serve"}
	cmd.Flags().StringVarP(&s.secret, "secret", "s", "cobra-default", "JWT secret")
	p := cmd.PersistentFlags().String("key", "persistent-default", "JWT key")
	local := pflag.StringP("local", "l", "pflag-default", "")
	cmd.Run = func(*cobra.Command, []string) {
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s.secret)) // want `falls back to a hard-coded 13-byte key from the default of \(\*pflag.FlagSet\).StringVarP`
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*p))       // want `falls back to a hard-coded 18-byte key from the default of \(\*pflag.FlagSet\).String`
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*local))   // want `falls back to a hard-coded 13-byte key from the default of pflag.StringP`
	}
}

func init() {
	viper.SetDefault("jwt.secret", "viper-default")
	viper.SetDefault("jwt.issuer", "me")
	viper.AutomaticEnv()
}

func viperKey() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.GetString("jwt.secret"))) // want `falls back to a hard-coded 13-byte key from the default of viper.SetDefault`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(viper.GetString("jwt.other")))
	v := viper.New()
	v.SetDefault("key", "instance-default")
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(v.GetString("key"))) // want `falls back to a hard-coded 16-byte key from the default of \(\*viper.Viper\).SetDefault`
}

func cmpOr() {
	key := cmp.Or(os.Getenv("JWT_SECRET"), "cmp-or-default")
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(key)) // want `falls back to a hard-coded 14-byte key`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cmp.Or(os.Getenv("A"), os.Getenv("B"))))
}

func getEnv(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

func helper() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(getEnv("JWT_SECRET", "helper-default"))) // want `falls back to a hard-coded 14-byte key`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(getEnv("JWT_SECRET", "")))
}

// envOr is a fallback helper with a variadic default, as course projects
// write it (gohub's config.Env).
func envOr(name string, def ...interface{}) interface{} {
	if v := os.Getenv(name); v != "" {
		return v
	}
	if len(def) > 0 {
		return def[0]
	}
	return nil
}

func envString(name string, def ...interface{}) string {
	s, _ := envOr(name, def...).(string)
	return s
}

func variadicHelper() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(envString("APP_KEY", "variadic-default"))) // want `falls back to a hard-coded 16-byte key`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(envString("APP_KEY")))
	k, _ := envOr("APP_KEY", "direct-variadic").(string)
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k)) // want `falls back to a hard-coded 15-byte key`
}

// A program that refuses to start with the default is not reported.

type guarded struct {
	Secret string `env:"JWT_SECRET" envDefault:"please-change-me"`
}

func (g *guarded) validate() error {
	if g.Secret == "please-change-me" {
		return errors.New("set JWT_SECRET")
	}
	return nil
}

func guardedUse() {
	var g guarded
	env.Parse(&g)
	if err := g.validate(); err != nil {
		log.Fatal(err)
	}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(g.Secret))
}

const defaultFlagKey = "dev-only-flag-key"

var guardedFlag = flag.String("guarded", defaultFlagKey, "")

func guardedFlagUse() {
	if *guardedFlag == defaultFlagKey {
		log.Fatal("refusing to start with the development key")
	}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*guardedFlag))
}

func guardedViper() {
	viper.SetDefault("guarded.key", "viper-guarded")
	k := viper.GetString("guarded.key")
	if k != "viper-guarded" {
		jwt.New(jwt.SigningMethodHS256).SignedString([]byte(k))
		return
	}
	panic("set guarded.key")
}

// A comparison that does not refuse is no guard.
var warnFlag = flag.String("warn", "warned-default", "")

func warnOnly() {
	if *warnFlag == "warned-default" {
		log.Print("using the default key")
	}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*warnFlag)) // want `falls back to a hard-coded 14-byte key`
}
