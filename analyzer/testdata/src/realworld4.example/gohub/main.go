// Command gohub loads its settings and serves (gohub main.go): the only
// package that imports both the registering package and, through routes,
// the signing one.
package main

import (
	btsConfig "realworld4.example/gohub/config" // want `hard-coded` `hard-coded`
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
