// Command findingsdiff compares two "jwtlint -json" outputs diagnostic by
// diagnostic (position, end, message, category, related information and
// suggested fixes), ignoring only the order of a package's diagnostics, and
// exits 1 when they differ. bench/findings_identical.sh runs it on the
// output of the previous and the current standalone driver.
//
// Usage: go run ./bench/findingsdiff BEFORE.json AFTER.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: findingsdiff BEFORE.json AFTER.json")
		os.Exit(2)
	}
	before, err := load(os.Args[1])
	if err == nil {
		var after map[string][]string
		if after, err = load(os.Args[2]); err == nil {
			os.Exit(report(before, after))
		}
	}
	fmt.Fprintln(os.Stderr, "findingsdiff:", err)
	os.Exit(2)
}

// load reads a -json tree into "package analyzer" -> sorted diagnostics,
// each re-encoded with sorted keys (an analysis error is one entry).
func load(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(b, &tree); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := map[string][]string{}
	for pkg, by := range tree {
		for name, raw := range by {
			key := pkg + " " + name
			var diags []any
			if json.Unmarshal(raw, &diags) != nil {
				var v any
				json.Unmarshal(raw, &v)
				e, _ := json.Marshal(v)
				out[key] = []string{"error " + string(e)}
				continue
			}
			for _, d := range diags {
				e, _ := json.Marshal(d) // maps encode with sorted keys
				out[key] = append(out[key], string(e))
			}
			slices.Sort(out[key])
		}
	}
	return out, nil
}

func report(before, after map[string][]string) int {
	var keys []string
	for k := range before {
		keys = append(keys, k)
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	n, differ := 0, 0
	for _, k := range keys {
		b, a := before[k], after[k]
		n += len(b)
		if slices.Equal(a, b) {
			continue
		}
		differ++
		fmt.Printf("%s differs:\n", k)
		for _, d := range b {
			if !slices.Contains(a, d) {
				fmt.Printf("  - %s\n", d)
			}
		}
		for _, d := range a {
			if !slices.Contains(b, d) {
				fmt.Printf("  + %s\n", d)
			}
		}
	}
	fmt.Printf("%d packages, %d diagnostics before; %d packages differ\n", len(keys), n, differ)
	if differ > 0 {
		return 1
	}
	return 0
}
