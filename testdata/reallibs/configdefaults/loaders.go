package configdefaults

import (
	"os"
	"sync"

	"github.com/golang-jwt/jwt/v5"
	"github.com/knadh/koanf/providers/confmap"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// Placeholders that loaders run before the program's work replace on every
// path: cobra.OnInitialize's functions, a command's PersistentPreRunE, and
// sync.Once.Do's function. None is a key (not reported).
var (
	initSecret = "dev"
	hookSecret = "changeme"
	onceSecret = ""
	once       sync.Once
)

// partialSecret's loader leaves the placeholder when the variable is unset
// (reported).
var partialSecret = "a-placeholder-secret-0123456789abcdef"

func init() { cobra.OnInitialize(initConfig) }

func initConfig() {
	initSecret = mustSecret("INIT_SECRET")
	if s := os.Getenv("PARTIAL_SECRET"); s != "" {
		partialSecret = s
	}
}

// mustSecret returns the variable's value, or stops the program when it
// is shorter than 32 bytes.
func mustSecret(name string) string {
	s := os.Getenv(name)
	if len(s) < 32 {
		panic(name + " must hold at least 32 bytes")
	}
	return s
}

// Hooks signs with secrets that loaders fill before Run.
func Hooks() *cobra.Command {
	return &cobra.Command{
		Use: "hooks",
		PersistentPreRunE: func(*cobra.Command, []string) error {
			hookSecret = mustSecret("HOOK_SECRET")
			return nil
		},
		Run: func(*cobra.Command, []string) {
			once.Do(func() { onceSecret = mustSecret("ONCE_SECRET") })
			jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(initSecret))
			jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(hookSecret))
			jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(onceSecret))
			jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(partialSecret)) // jwtlint:expect hardcoded-key
		},
	}
}

// Group signs with a viper setting read through its group (Sub): the
// default of its dotted name is a hard-coded key.
func Group() {
	viper.SetDefault("group.secret", "viper-group-default-secret-0123456789abcdef0123")
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(viper.Sub("group").GetString("secret"))) // jwtlint:expect hardcoded-key
}

// Koanf signs with a koanf setting whose default is in the map loaded
// first; the environment would override it.
func Koanf() error {
	k := koanf.New(".")
	if err := k.Load(confmap.Provider(map[string]any{"jwt.secret": "koanf-default-secret-0123456789abcdef0123"}, "."), nil); err != nil {
		return err
	}
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(k.String("jwt.secret"))) // jwtlint:expect hardcoded-key
	jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(k.String("jwt.other"))) // jwtlint:expect short-key
	return nil
}
