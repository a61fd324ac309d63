// Package xconfig declares a placeholder that another package's loader
// replaces (see xcmd).
package xconfig

// JwtSecret is filled by xcmd's initConfig, registered with
// cobra.OnInitialize.
var JwtSecret = "dev"
