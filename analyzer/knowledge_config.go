package analyzer

import "sync"

// This file is jwtlint's knowledge of configuration loaders: where a
// program's settings take a default that is written in the source. A key
// read from such a setting falls back to a hard-coded key (the default)
// whenever the environment, flag or file does not set it
// (provenance_config.go).

// A tagLoader is a library that fills struct fields from the environment or
// a file and takes their defaults from struct tags.
type tagLoader struct {
	// Paths are the import paths of the library (every major version).
	Paths []string
	// Lib is the library as users know it, for messages.
	Lib string
	// Tag is the struct tag key holding the default.
	Tag string
	// Option, when not empty, says that the default is an option of the
	// tag's value ("env:\"NAME,default=VALUE\"" of sethvargo/go-envconfig):
	// Option is its prefix.
	Option string
}

// majors returns path and path/vN for each N in from..to, the module
// paths of a library that kept its API across major versions.
func majors(path string, from, to int) []string {
	var out []string
	for n := from; n <= to; n++ {
		if n <= 1 {
			out = append(out, path)
			continue
		}
		out = append(out, path+"/v"+itoa(n))
	}
	return out
}

// tagLoaders are the struct-tag configuration loaders.
var tagLoaders = []tagLoader{
	{Paths: majors("github.com/caarlos0/env", 1, 11), Lib: "caarlos0/env", Tag: "envDefault"},
	{Paths: []string{"github.com/ilyakaznacheev/cleanenv"}, Lib: "cleanenv", Tag: "env-default"},
	{Paths: []string{"github.com/kelseyhightower/envconfig"}, Lib: "envconfig", Tag: "default"},
	{Paths: majors("github.com/creasty/defaults", 1, 1), Lib: "creasty/defaults", Tag: "default"},
	{Paths: []string{"github.com/alecthomas/kong"}, Lib: "kong", Tag: "default"},
	{Paths: []string{"github.com/jinzhu/configor"}, Lib: "configor", Tag: "default"},
	{Paths: majors("github.com/sethvargo/go-envconfig", 1, 1), Lib: "sethvargo/go-envconfig", Tag: "env", Option: "default="},
}

// A configDefault is a function that declares a setting with a default
// value: a flag, a viper default, a fallback.
type configDefault struct {
	// Name is the function, types.Func.FullName form.
	Name string
	// Value is the parameter holding the default.
	Value string
	// Into is the pointer parameter the setting's value is stored to
	// (flag.StringVar's p); empty when the function returns the setting
	// (flag.String returns a pointer to it) or keeps it by name.
	Into string
	// Key is the parameter naming the setting for readers that look it up
	// by name (viper.SetDefault's key, read by viper.GetString(key)).
	Key string
	// Lib is the library as users know it, for messages.
	Lib string
	// All says that every argument is a candidate value (cmp.Or returns
	// the first non-zero one).
	All bool
}

// flagRows returns the string flag declarations of a flag package whose
// API is the standard library's: the package functions and the methods
// of its FlagSet, with and without a shorthand (pflag's ...P forms).
func flagRows(path, lib string, shorthand bool) []configDefault {
	var rows []configDefault
	for _, prefix := range []string{path + ".", "(*" + path + ".FlagSet)."} {
		for _, kind := range []string{"String", "BytesHex", "BytesBase64"} {
			if !shorthand && kind != "String" {
				continue
			}
			rows = append(rows,
				configDefault{Name: prefix + kind, Value: "value", Lib: lib},
				configDefault{Name: prefix + kind + "Var", Value: "value", Into: "p", Lib: lib})
			if shorthand {
				rows = append(rows,
					configDefault{Name: prefix + kind + "P", Value: "value", Lib: lib},
					configDefault{Name: prefix + kind + "VarP", Value: "value", Into: "p", Lib: lib})
			}
		}
	}
	return rows
}

// viperRows returns viper's defaults, kept by key.
func viperRows(path string) []configDefault {
	return []configDefault{
		{Name: path + ".SetDefault", Value: "value", Key: "key", Lib: "viper"},
		{Name: "(*" + path + ".Viper).SetDefault", Value: "value", Key: "key", Lib: "viper"},
	}
}

// viperReaders are viper's getters of a setting by key (a default set by
// viperRows is one of the values they return).
func viperReaders(path string) []string {
	var out []string
	for _, g := range []string{"GetString", "Get"} {
		out = append(out, path+"."+g, "(*"+path+".Viper)."+g)
	}
	return out
}

// configDefaults are the functions that declare a setting with a default.
func configDefaults() []configDefault {
	rows := flagRows("flag", "flag", false)
	rows = append(rows, flagRows("github.com/spf13/pflag", "pflag", true)...)
	rows = append(rows, viperRows("github.com/spf13/viper")...)
	rows = append(rows, configDefault{Name: "cmp.Or", Value: "vals", All: true, Lib: "cmp"})
	return rows
}

// configTable indexes the loader knowledge.
type configTable struct {
	defaults map[string]*configDefault
	// readers maps a by-key getter to the library whose defaults it reads.
	readers map[string]string
	// loaders maps an import path to its tag loader.
	loaders map[string]*tagLoader
}

var (
	configOnce     sync.Once
	theConfigTable *configTable
)

// configKnowledge returns the indexed configuration knowledge, built once.
func configKnowledge() *configTable {
	configOnce.Do(func() {
		t := &configTable{defaults: map[string]*configDefault{}, readers: map[string]string{}, loaders: map[string]*tagLoader{}}
		rows := configDefaults()
		for i := range rows {
			t.defaults[rows[i].Name] = &rows[i]
		}
		for _, r := range viperReaders("github.com/spf13/viper") {
			t.readers[r] = "viper"
		}
		for i := range tagLoaders {
			for _, p := range tagLoaders[i].Paths {
				t.loaders[p] = &tagLoaders[i]
			}
		}
		theConfigTable = t
	})
	return theConfigTable
}
