// Package config holds secrets declared empty and filled by loaders (sweep
// stop 18: zxh326/kite pkg/common/common.go, JwtSecret = "" overwritten by
// LoadEnvs on every path). A declaration's empty value that a loader always
// replaces is no empty-key fallback; one a loader replaces only on some
// paths still is.
package config

import (
	"crypto/rand"
	"encoding/hex"
	"os"
)

// AlwaysSecret is set on every path of LoadAlways.
var AlwaysSecret = ""

// SometimesSecret is set only when the variable is present.
var SometimesSecret = ""

// EarlySecret is left empty by LoadEarly's early return.
var EarlySecret = ""

// LoadAlways stores the environment's secret or 32 random bytes.
func LoadAlways() {
	if s := os.Getenv("ALWAYS_SECRET"); s != "" {
		AlwaysSecret = s
	} else {
		AlwaysSecret = randomHex()
	}
}

// LoadSometimes stores the environment's secret when there is one.
func LoadSometimes() {
	if s := os.Getenv("SOMETIMES_SECRET"); s != "" {
		SometimesSecret = s
	}
}

// LoadEarly returns before storing when the variable is unset.
func LoadEarly() {
	s := os.Getenv("EARLY_SECRET")
	if s == "" {
		return
	}
	EarlySecret = s
}

func randomHex() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
