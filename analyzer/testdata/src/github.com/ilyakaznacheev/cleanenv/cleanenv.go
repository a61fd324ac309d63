// Package cleanenv is a stub of github.com/ilyakaznacheev/cleanenv for jwtlint's tests: the API
// surface only, with the real names, parameter names and types.
package cleanenv

// ReadEnv fills cfg from the environment and its env-default tags.
func ReadEnv(cfg interface{}) error { return nil }

// ReadConfig fills cfg from the file at path, then the environment.
func ReadConfig(path string, cfg interface{}) error { return nil }
