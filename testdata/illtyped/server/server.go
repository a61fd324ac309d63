// Package server is a hertz v0.4.0 service. hertz v0.4.0 requires
// bytedance/sonic v1.5.0, whose internal/loader does not type-check with Go
// 1.20 and later ("undefined: _ModuleData"): the module does not build with
// the current Go, but this package's own code is well typed, and jwtlint
// analyzes it.
package server

import (
	"context"
	"strings"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("hertz-demo-signing-key")

// Run serves the routes.
func Run() {
	h := server.Default()
	h.GET("/whoami", whoami)
	h.POST("/login", login)
	h.Spin()
}

// whoami trusts the claims of a token it does not verify.
func whoami(ctx context.Context, c *app.RequestContext) {
	raw := strings.TrimPrefix(string(c.GetHeader("Authorization")), "Bearer ")
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil { // jwtlint:expect unverified-parse
		c.AbortWithStatus(401)
		return
	}
	c.String(200, "%v", claims["sub"])
}

// login signs with a hard-coded key.
func login(ctx context.Context, c *app.RequestContext) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": string(c.FormValue("user"))})
	s, err := tok.SignedString(signingKey) // jwtlint:expect hardcoded-key
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.String(200, s)
}
