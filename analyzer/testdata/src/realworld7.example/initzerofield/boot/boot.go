// Package boot loads the settings when it is initialized: every package
// importing it is initialized after setting.Setup ran.
package boot

import (
	"os"

	"realworld7.example/initzerofield/setting"
)

var loaded = load()

func load() bool {
	setting.Setup(os.Getenv("K"))
	return true
}

// Loaded reports whether the settings are loaded.
func Loaded() bool { return loaded }
