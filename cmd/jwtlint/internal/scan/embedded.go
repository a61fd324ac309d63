package scan

import (
	"path"
	"strings"

	"github.com/jwtlint/jwtlint/internal/lazyre"
)

// maxEmbed is how deep documents held in other documents' values are read:
// a Helm values file holding a ConfigMap holding an application.yaml is two
// levels. The limit keeps a hostile file of nested documents linear.
const maxEmbed = 2

// embeddedFormat returns the format of a configuration document held as the
// string value of key (a Kubernetes ConfigMap's or Secret's data entry,
// docker-compose's configs.*.content, a Helm value), or formatNone when the
// value is not one: the format its key names as a file (application.yaml,
// .env, appsettings.json), or, for a value of several lines, the one its
// text shows.
func embeddedFormat(key, value string) format {
	if !strings.ContainsAny(value, "=:") {
		return formatNone
	}
	if f := formatOf(key); f != formatNone && strings.Contains(key, ".") || key == "env" {
		if f == formatEnv && !isDotEnv(key) && key != "env" {
			return formatNone // a script held in a value is not configuration
		}
		return f
	}
	if !strings.Contains(strings.TrimSpace(value), "\n") || scriptKey[strings.ToLower(key)] {
		return formatNone
	}
	return sniff(value)
}

// scriptKey are keys whose values are scripts or commands (CI steps,
// container commands), never configuration documents.
var scriptKey = map[string]bool{
	"run": true, "script": true, "scripts": true, "command": true, "cmd": true, "args": true, "entrypoint": true,
	"before_script": true, "after_script": true, "shell": true, "exec": true, "inline": true, "commands": true,
}

var (
	// A line of a .env file: one assignment, nothing run after it.
	envAssign  = lazyre.New(`^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*=(?:"[^"]*"|'[^']*'|[^\s"']*)\s*(?:#.*)?$`)
	yamlKey    = lazyre.New(`^\s*(?:-\s+)?["']?[A-Za-z0-9_.\-/]+["']?\s*:(?:\s|$)`)
	iniSectLn  = lazyre.New(`^\s*\[[^\]]+\]\s*$`)
	iniAssign  = lazyre.New(`^\s*[A-Za-z0-9_.\-]+\s+=\s`) // key = value: a command has no spaces around =
	plainStart = lazyre.New(`^[\s#;]*$`)
)

// sniff returns the format a document of several lines is written in, or
// formatNone when most of its lines are not assignments of one format (a
// script, a certificate, prose).
func sniff(value string) format {
	t := strings.TrimSpace(value)
	if strings.HasPrefix(t, "{") {
		return formatJSON
	}
	var n, env, yml, ini int
	for _, l := range strings.Split(t, "\n") {
		l = strings.TrimRight(l, "\r")
		if plainStart().MatchString(l) || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		n++
		switch {
		case envAssign().MatchString(l):
			env++
		case yamlKey().MatchString(l):
			yml++
		case iniSectLn().MatchString(l) || iniAssign().MatchString(l):
			ini++
		}
	}
	switch {
	case n == 0:
		return formatNone
	case env*2 > n:
		return formatEnv
	case yml*2 > n:
		return formatYAML
	case (ini+env)*2 > n:
		return formatINI
	}
	return formatNone
}

// embedded returns the assignments of the document held in value, found at
// path, with their paths under path and their positions mapped to the
// outer file by at (from the document's line and column).
func embedded(p []string, value string, depth int, at func(line, col int) (int, int)) []assignment {
	if depth >= maxEmbed || len(p) == 0 {
		return nil
	}
	key := p[len(p)-1]
	f := embeddedFormat(path.Base(key), value)
	if f == formatNone {
		return nil
	}
	inner := extractDepth(f, []byte(value), depth+1)
	for i := range inner {
		inner[i].path = append(p[:len(p):len(p)], inner[i].path...)
		inner[i].line, inner[i].col = at(inner[i].line, inner[i].col)
		inner[i].embedded = true
	}
	return inner
}
