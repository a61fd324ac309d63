// Package server turns the configuration's secret into the signing key // want package:"jwtlint.config"
// (sweep stop 18: OpenListTeam/OpenList 0b1e9d0 server/router.go:38).
package server

import (
	"realworld4.example/openlist/bootstrap"
	"realworld4.example/openlist/common"
	"realworld4.example/openlist/conf"
)

// Init loads the configuration and sets the key.
func Init() {
	bootstrap.InitConfig("data/config.json")
	common.SecretKey = []byte(conf.Conf.JwtSecret) // want `16-byte`
}
