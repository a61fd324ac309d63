package leaks

import (
	"github.com/rs/zerolog"
	"github.com/zricethezav/gitleaks/v8/logging"
)

// setLogger replaces gitleaks' package-level logger. Only silence calls it.
func setLogger(l zerolog.Logger) { logging.Logger = l }
