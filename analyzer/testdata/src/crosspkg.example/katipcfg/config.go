// Package katipcfg is loaded by jinzhu/configor, whose default tags are the
// key's default (sweep: hiyali/katip-be).
package katipcfg

import "github.com/jinzhu/configor"

// ConfigType is the configuration.
type ConfigType struct {
	App struct {
		Name   string `default:"Katip"`
		Secret string `default:"katip_known_secret"`
	}
}

var configs ConfigType

func init() {
	configor.Load(&configs, "./config.yml")
}

// Get returns the configuration.
func Get() ConfigType {
	return configs
}
