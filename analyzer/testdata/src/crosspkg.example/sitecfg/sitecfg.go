// Package sitecfg declares the site configuration that other packages fill
// and read (sweep: 0xDkd/auxpi, package auxpiAll).
package sitecfg

// SiteConfig is the site configuration, saved as JSON.
type SiteConfig struct {
	SiteName  string `json:"site_name"`
	JwtSecret string `json:"jwt_secret"`
	Salt      string `json:"salt"`
	// RefreshSecret is drawn by crypto/rand; EnvSecret is read from the
	// environment: neither is predictable.
	RefreshSecret string `json:"refresh_secret"`
	EnvSecret     string `json:"env_secret"`
}
