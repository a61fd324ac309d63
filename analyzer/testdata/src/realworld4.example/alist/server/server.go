// Package server turns the configuration's secret into the signing key // want package:"jwtlint.config"
// (sweep stop 18: alist server/router.go:33).
package server

import (
	"realworld4.example/alist/bootstrap"
	"realworld4.example/alist/common"
	"realworld4.example/alist/conf"
)

// Init loads the configuration and sets the key.
func Init() {
	bootstrap.InitConfig("data/config.json")
	common.SecretKey = []byte(conf.Conf.JwtSecret) // want `math/rand` `16-byte`
}
