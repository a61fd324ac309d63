// Package global holds the program's configuration; it knows nothing of
// JWT.
package global

// ServerConfig is the configuration of the server.
type ServerConfig struct {
	Addr string
	JWT  struct {
		SigningKey string
		Expires    int
	}
}

// Config is the configuration in use.
var Config ServerConfig
