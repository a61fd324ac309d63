// Package bootstrap fills the site configuration at start-up (sweep:
// 0xDkd/auxpi): its JWT secret is drawn with math/rand.
package bootstrap

import (
	"math/rand"
	"time"
)

// Config is the site configuration.
type Config struct {
	SiteName  string
	JwtSecret string
}

// SiteConfig is the configuration in use.
var SiteConfig = &Config{}

const letters = "0123456789abcdefghijklmnopqrstuvwxyz"

// GetRandomString returns l characters of letters picked at random. (The
// sweep's original picks from a []byte parameter: issue 12 item 5.)
func GetRandomString(l int) string {
	result := make([]byte, l)
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	for i := range result {
		result[i] = letters[r.Intn(len(letters))]
	}
	return string(result)
}

// init loads the configuration when the package is initialized, as
// auxpi's bootstrap/Config.go:127 does: an importer's copy made at its own
// initialization already holds the secret (provenance_initzero.go).
func init() {
	Init()
}

// Init fills SiteConfig.
func Init() {
	siteconfig := SiteConfig
	siteconfig.SiteName = "auxpi"
	siteconfig.JwtSecret = GetRandomString(16)
}
