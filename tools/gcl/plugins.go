package main

// The module plugins, as golangci-lint custom generates them from
// .custom-gcl.yml.
import (
	_ "github.com/jwtlint/jwtlint/gclplugin"
)
