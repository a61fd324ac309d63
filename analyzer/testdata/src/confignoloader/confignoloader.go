// Package confignoloader has default tags but no loader library reads them
// (they document an API): they are no key's default.
package confignoloader

import (
	"encoding/json"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type settings struct {
	Secret string `json:"secret" default:"documented-example"`
}

func load() {
	var s settings
	f, _ := os.Open("settings.json")
	json.NewDecoder(f).Decode(&s)
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(s.Secret))
}
