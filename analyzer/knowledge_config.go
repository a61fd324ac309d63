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
	// tag's value ("env:\"NAME,default=VALUE\"" of sethvargo/go-envconfig,
	// "conf:\"default:VALUE,mask\"" of ardanlabs/conf): Option is its
	// prefix.
	Option string
	// Rest says that an Option default runs to the end of the tag value,
	// commas included (go-envconfig); otherwise it ends at a comma.
	Rest bool
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
	{Paths: majors("github.com/sethvargo/go-envconfig", 1, 1), Lib: "sethvargo/go-envconfig", Tag: "env", Option: "default=", Rest: true},
	{Paths: majors("github.com/ardanlabs/conf", 1, 3), Lib: "ardanlabs/conf", Tag: "conf", Option: "default:"},
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

// A keyReader is a getter of a setting by name: the defaults declared
// under that name (Lib:name) are among the values it returns.
type keyReader struct {
	Lib string
	Key string // the parameter naming the setting
	// EmptyUnset says that the getter returns the empty string for a
	// setting nothing sets and that has no default (viper.GetString,
	// koanf's String), as os.Getenv does for an unset variable: a key it
	// returns that the program never looks at may be empty (short-key,
	// envcheck.go). Not set for a getter that refuses an unset setting
	// (koanf's MustString panics) or returns no string (viper.Get's nil
	// makes .(string) panic).
	EmptyUnset bool
}

// viperReaders are viper's getters of a setting by key, and its getters
// of a group of settings (Sub).
func viperReaders(path string, out, groups map[string]keyReader) {
	for _, g := range []string{"GetString", "Get"} {
		r := keyReader{Lib: "viper", Key: "key", EmptyUnset: g == "GetString"}
		out[path+"."+g] = r
		out["(*"+path+".Viper)."+g] = r
	}
	groups[path+".Sub"] = keyReader{Lib: "viper", Key: "key"}
	groups["(*"+path+".Viper).Sub"] = keyReader{Lib: "viper", Key: "key"}
}

// viperPresence are viper's tests of whether a setting is set.
func viperPresence(path string, out map[string]keyReader) {
	out[path+".IsSet"] = keyReader{Lib: "viper", Key: "key"}
	out["(*"+path+".Viper).IsSet"] = keyReader{Lib: "viper", Key: "key"}
}

// A groupSetter sets a setting by name to a value that may be a group of
// settings: viper.Set("app", map[string]any{"key": v}) sets app.key. Real
// configuration packages keep a registry of such groups, a map from a name
// to a function returning the group, filled by an exported Add(name, fn)
// and loaded by ranging over it (provenance_config.go: registries).
type groupSetter struct {
	Lib   string
	Key   string // the parameter naming the setting; empty: the group is the root
	Value string // the parameter holding the value or group
}

// viperSetters are viper's setters by key.
func viperSetters(path string, out map[string]groupSetter) {
	out[path+".Set"] = groupSetter{Lib: "viper", Key: "key", Value: "value"}
	out["(*"+path+".Viper).Set"] = groupSetter{Lib: "viper", Key: "key", Value: "value"}
}

// koanfRows adds koanf's getters by path, its test of whether a path is
// set (Exists), and its provider of settings
// from a map (confmap.Provider(map[string]any{"jwt.secret": …}, ".")),
// whose keys are paths under the root: a map loaded before the
// environment or a file holds the defaults.
func koanfRows(readers, presence map[string]keyReader, setters map[string]groupSetter) {
	for _, path := range majors("github.com/knadh/koanf", 1, 2) {
		for _, g := range []string{"String", "MustString", "Get"} {
			readers["(*"+path+".Koanf)."+g] = keyReader{Lib: "koanf", Key: "path", EmptyUnset: g == "String"}
		}
		presence["(*"+path+".Koanf).Exists"] = keyReader{Lib: "koanf", Key: "path"}
	}
	setters["github.com/knadh/koanf/providers/confmap.Provider"] = groupSetter{Lib: "koanf", Value: "mp"}
}

// configConverters are the functions that convert a setting's value to
// another type, by the parameter holding it: the result is that value
// (spf13/cast, the converter viper wrappers use).
var configConverters = map[string]string{
	"github.com/spf13/cast.ToString": "i",
}

// A flagStruct is a flag declared by a struct literal: its Value field is
// the default, stored into what its Into field points to and read by its
// Key field's name.
type flagStruct struct {
	Lib, Into, Key string
}

// urfaveCLI returns the string flags of urfave/cli at path, and their
// readers by name (Context.String in v1 and v2, Command.String in v3).
func urfaveCLI(path, reader string, structs map[string]*flagStruct, readers map[string]keyReader) {
	structs[path+".StringFlag.Value"] = &flagStruct{Lib: "cli", Into: "Destination", Key: "Name"}
	readers["(*"+path+"."+reader+").String"] = keyReader{Lib: "cli", Key: "name"}
}

// configDefaults are the functions that declare a setting with a default.
func configDefaults() []configDefault {
	rows := flagRows("flag", "flag", false)
	rows = append(rows, flagRows("github.com/spf13/pflag", "pflag", true)...)
	rows = append(rows, viperRows("github.com/spf13/viper")...)
	rows = append(rows, configDefault{Name: "cmp.Or", Value: "vals", All: true, Lib: "cmp"})
	return rows
}

// A loaderHook is a library API that runs a function it is given before
// the program's work (cobra.OnInitialize, a cobra command's PreRun hooks)
// or before it returns (sync.Once.Do): a loader registered with it runs
// before the settings it stores are read, so the initial value of a
// package variable it replaces on every path is never read
// (dropOverwrittenInits, provenance_fallback.go).
type loaderHook struct {
	// Name is the function taking the loader, types.Func.FullName form,
	// or the struct field holding it ("path.T.Field").
	Name string
	// Param is the function's parameter holding the loader (each argument
	// of a variadic one); empty for a field.
	Param string
	// ErrorStops says that a non-nil error the loader returns stops the
	// program's work (cobra's ...E hooks): a path returning one need not
	// store.
	ErrorStops bool
	// Lib is the library as users know it.
	Lib string
}

// cobraHooks returns cobra's loader hooks at path: OnInitialize's
// functions and a command's PreRun hooks run before its Run.
func cobraHooks(path string) []loaderHook {
	rows := []loaderHook{{Name: path + ".OnInitialize", Param: "y", Lib: "cobra"}}
	for _, f := range []string{"PersistentPreRun", "PreRun"} {
		rows = append(rows,
			loaderHook{Name: path + ".Command." + f, Lib: "cobra"},
			loaderHook{Name: path + ".Command." + f + "E", ErrorStops: true, Lib: "cobra"})
	}
	return rows
}

// loaderHooks are the APIs that run a loader before the program's work.
func loaderHooks() []loaderHook {
	return append(cobraHooks("github.com/spf13/cobra"), loaderHook{Name: "(*sync.Once).Do", Param: "f", Lib: "sync"})
}

// configTable indexes the loader knowledge.
type configTable struct {
	defaults map[string]*configDefault
	// readers are the by-name getters of settings.
	readers map[string]keyReader
	// presence are the tests of whether a setting named by their Key is
	// set (viper.IsSet): a program that asks looks at the setting, as a
	// comparison of its value does (envcheck.go).
	presence map[string]keyReader
	// groups are the getters of a group of settings by name, returning a
	// registry whose readers read "name.key" (viper's Sub).
	groups map[string]keyReader
	// flagStructs maps a flag struct's default field ("path.T.Value") to
	// the flag's fields.
	flagStructs map[string]*flagStruct
	// loaders maps an import path to its tag loader.
	loaders map[string]*tagLoader
	// setters are the setters by name whose value may be a group.
	setters map[string]groupSetter
	// hooks are the loader hooks by function or field name.
	hooks map[string]*loaderHook
}

var (
	configOnce     sync.Once
	theConfigTable *configTable
)

// configKnowledge returns the indexed configuration knowledge, built once.
func configKnowledge() *configTable {
	configOnce.Do(func() {
		t := &configTable{defaults: map[string]*configDefault{}, readers: map[string]keyReader{}, presence: map[string]keyReader{}, groups: map[string]keyReader{}, flagStructs: map[string]*flagStruct{}, loaders: map[string]*tagLoader{}, setters: map[string]groupSetter{}, hooks: map[string]*loaderHook{}}
		hooks := loaderHooks()
		for i := range hooks {
			t.hooks[hooks[i].Name] = &hooks[i]
		}
		viperSetters("github.com/spf13/viper", t.setters)
		rows := configDefaults()
		for i := range rows {
			t.defaults[rows[i].Name] = &rows[i]
		}
		viperReaders("github.com/spf13/viper", t.readers, t.groups)
		viperPresence("github.com/spf13/viper", t.presence)
		koanfRows(t.readers, t.presence, t.setters)
		urfaveCLI("github.com/urfave/cli", "Context", t.flagStructs, t.readers)
		urfaveCLI("github.com/urfave/cli/v2", "Context", t.flagStructs, t.readers)
		urfaveCLI("github.com/urfave/cli/v3", "Command", t.flagStructs, t.readers)
		for i := range tagLoaders {
			for _, p := range tagLoaders[i].Paths {
				t.loaders[p] = &tagLoaders[i]
			}
		}
		theConfigTable = t
	})
	return theConfigTable
}
