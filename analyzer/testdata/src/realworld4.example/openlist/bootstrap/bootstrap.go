// Package bootstrap loads the configuration over its defaults (sweep stop
// 18: OpenList, as alist internal/bootstrap/config.go:36 and :45).
package bootstrap

import (
	"encoding/json"
	"os"

	"realworld4.example/openlist/conf"
)

// InitConfig writes the defaults on the first start and reads the file
// over them afterwards.
func InitConfig(path string) {
	data, err := os.ReadFile(path)
	conf.Conf = conf.DefaultConfig()
	if err != nil {
		out, _ := json.Marshal(conf.Conf)
		_ = os.WriteFile(path, out, 0o600)
		return
	}
	_ = json.Unmarshal(data, conf.Conf)
}
