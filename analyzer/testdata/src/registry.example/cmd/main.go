// Command cmd imports the registering package and, apart, the signer: // want package:"jwtlint.config"
// the literal default of auth.secret is joined to the signer's sink here.
// auth.env (the environment only) and mail.other (never registered) are
// not reported, nor is mail.key again (direct reports it).
package main

import (
	"registry.example/conf"
	"registry.example/direct"
	_ "registry.example/settings" // want `key passed to \(\*jwt.Token\).SignedString through setting auth.secret \(signer.go:12\) falls back to a hard-coded 34-byte key from the default of auth.secret registered by conf.Register\("auth"\) \(settings.go:12\)`
	"registry.example/signer"
)

func main() {
	conf.Load()
	_, _ = signer.Sign()
	_, _ = signer.SignEnv()
	_, _ = signer.SignOther()
	_, _ = direct.Sign()
}
