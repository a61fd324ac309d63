// Package setting reduces GpsLypy/go-gin-example_lyp at e3a069e
// (pkg/setting/setting.go): the settings are a package pointer to a zero
// struct, filled only when main calls Setup, long after every package
// variable of the program was initialized.
package setting

// App holds the application's settings.
type App struct {
	JwtSecret string
	PageSize  int
}

// AppSetting is zero until Setup runs.
var AppSetting = &App{}

// Setup fills the settings (the real code maps an INI section by reflection).
func Setup(secret string) {
	AppSetting.JwtSecret = secret
	AppSetting.PageSize = 10
}
