// Package data holds zxcvbn's frequency lists and keyboard graphs, embedded
// as the JSON files of the original module (data/data/*.json).
package data

import (
	"embed"
	"path"
)

//go:embed *.json
var files embed.FS

// Asset returns the named file ("data/English.json"), read on demand.
func Asset(name string) ([]byte, error) {
	return files.ReadFile(path.Base(name))
}
