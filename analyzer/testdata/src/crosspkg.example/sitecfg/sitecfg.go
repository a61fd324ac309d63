// Package sitecfg declares the site configuration that other packages fill
// and read (sweep: 0xDkd/auxpi, package auxpiAll).
package sitecfg

// SiteConfig is the site configuration, saved as JSON.
type SiteConfig struct {
	SiteName  string `json:"site_name"`
	JwtSecret string `json:"jwt_secret"`
	Salt      string `json:"salt"`
}
