// Package group reads viper settings through their group:
// v.Sub("jwt").GetString("secret") is jwt.secret, whose default is a
// hard-coded fallback of the key (issue 12 item 3).
package group

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/viper"
)

func sign(secret string) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret))
}

// SignGroupMethod signs with a setting of a Viper read through its group.
func SignGroupMethod() {
	v := viper.New()
	v.SetDefault("grp.secret", "changeme-grouped")
	sign(v.Sub("grp").GetString("secret")) // want `falls back to a hard-coded 16-byte key from the default of \(\*viper.Viper\).SetDefault`
}

func init() { viper.SetDefault("jwt.secret", "changeme-in-a-group") }

// SignGroup signs with the global viper's jwt.secret, through its group.
func SignGroup() {
	sign(viper.Sub("jwt").GetString("secret")) // want `falls back to a hard-coded 19-byte key from the default of viper.SetDefault`
}

// SignOther signs with a setting of the group that has no default.
func SignOther() {
	sign(viper.Sub("jwt").GetString("other"))
}
