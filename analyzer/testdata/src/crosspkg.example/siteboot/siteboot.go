// Package siteboot writes the first configuration at install time with a
// JWT secret drawn by math/rand, and loads the configuration in use from
// the file (sweep: 0xDkd/auxpi bootstrap/Config.go:148).
package siteboot

import (
	"encoding/json"
	"os"

	"crosspkg.example/sitecfg"
	"example.com/randtablehelper"
)

// SiteConfig is the configuration in use.
var SiteConfig *sitecfg.SiteConfig

func load() *sitecfg.SiteConfig {
	c := &sitecfg.SiteConfig{}
	data, err := os.ReadFile("conf/site.json")
	if err == nil {
		_ = json.Unmarshal(data, c)
	}
	return c
}

// Install writes the first configuration and loads it.
func Install() {
	table := `0123456789abcdef!@#$%^&*()__+ghijklmnop?></qrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ`
	siteconfig := sitecfg.SiteConfig{}
	siteconfig.SiteName = "site"
	siteconfig.JwtSecret = randtablehelper.FromTable(16, table)
	siteconfig.Salt = randtablehelper.FromTable(16, table)
	siteconfig.RefreshSecret = randtablehelper.CryptoFromTable(64, table)
	siteconfig.EnvSecret = os.Getenv("SITE_ENV_SECRET")
	data, _ := json.Marshal(siteconfig)
	_ = os.WriteFile("conf/site.json", data, 0o600)
	SiteConfig = load()
}
