// Command gohub loads its settings and serves (gohub main.go): the only // want package:"jwtlint.config"
// package that imports both the registering package and, through routes,
// the signing one. The fallback reaches two sinks (the signer and the
// keyfunc): one finding at the import, naming the first.
package main

import (
	btsConfig "realworld4.example/gohub/config" // want `key passed to \(\*jwt.Token\).SignedString through setting app.key \(jwt.go:23\) falls back to a hard-coded 40-byte key from the default of app.key registered by config.Add\("app"\) \(app.go:13\): anyone who can read the source can forge tokens`
	"realworld4.example/gohub/pkg/config"
	"realworld4.example/gohub/routes"
)

func init() {
	btsConfig.Initialize()
}

func main() {
	config.InitConfig("")
	_, _ = routes.Login("alice")
}
