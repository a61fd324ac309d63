// Package config wraps viper: settings registered by name as maps of
// values with environment fallbacks, read back by dotted path (sweep:
// 13808796047/gohub pkg/config/config.go at ba8e92df).
package config

import (
	"github.com/spf13/cast"
	viperlib "github.com/spf13/viper"
)

var viper *viperlib.Viper

// ConfigFunc returns a group of settings.
type ConfigFunc func() map[string]interface{}

// ConfigFuncs are the registered groups, by name.
var ConfigFuncs map[string]ConfigFunc

func init() {
	viper = viperlib.New()
	viper.AutomaticEnv()
	ConfigFuncs = make(map[string]ConfigFunc)
}

// InitConfig loads the registered groups into viper.
func InitConfig(env string) {
	loadConfig()
}

func loadConfig() {
	for name, fn := range ConfigFuncs {
		viper.Set(name, fn())
	}
}

// Env returns the environment variable envName, or the default.
func Env(envName string, defaultValue ...interface{}) interface{} { // want Env:"jwtlint.func"
	if len(defaultValue) > 0 {
		return internalGet(envName, defaultValue[0])
	}
	return internalGet(envName)
}

// Add registers a group of settings under name.
func Add(name string, configFn ConfigFunc) { // want Add:"jwtlint.func"
	ConfigFuncs[name] = configFn
}

// Get returns the setting at path ("app.name") as a string.
func Get(path string, defaultValue ...interface{}) string { // want Get:"jwtlint.func"
	return GetString(path, defaultValue...)
}

func internalGet(path string, defaultValue ...interface{}) interface{} {
	if !viper.IsSet(path) || viper.Get(path) == nil {
		if len(defaultValue) > 0 {
			return defaultValue[0]
		}
		return nil
	}
	return viper.Get(path)
}

// GetString returns the setting at path as a string.
func GetString(path string, defaultValue ...interface{}) string { // want GetString:"jwtlint.func"
	return cast.ToString(internalGet(path, defaultValue...))
}
