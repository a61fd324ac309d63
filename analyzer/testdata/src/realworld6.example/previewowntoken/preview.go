// Package previewowntoken is reduced from pocket-id (d258d95,
// backend/internal/oidc/preview.go:119, sweep 6): to show an administrator
// what a client would receive, the provider mints sample tokens with its
// fosite strategies and reads their claims back with jwx, verification
// off. Those tokens are the program's own: nobody else wrote their claims.
// A token taken from a request header and read the same way is the
// sender's and is still reported.
package previewowntoken

import (
	"context"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v3/jwt"
	"github.com/ory/fosite"
	"github.com/ory/fosite/handler/oauth2"
	"github.com/ory/fosite/handler/openid"
	fositejwt "github.com/ory/fosite/token/jwt"
)

// minters are the provider's token strategies, held as fosite's interfaces.
type minters struct {
	ids    openid.OpenIDConnectTokenStrategy
	access oauth2.AccessTokenStrategy
	core   oauth2.CoreStrategy
	signer fositejwt.Signer
}

// Sampler mints sample tokens for a client.
type Sampler struct {
	m      minters
	jwts   *oauth2.DefaultJWTStrategy
	idjwt  openid.DefaultStrategy
	direct *fositejwt.DefaultSigner
}

// Sample holds the claims of every sample token.
type Sample struct {
	Claims []jwt.Token
}

// Build mints one token of each kind through the interfaces and decodes it;
// its package exports a fact about it, which it did not while the minted
// tokens counted as unknown.
func (s *Sampler) Build(ctx context.Context, req fosite.Requester) (*Sample, error) { // want Build:"jwtlint.func"
	id, err := s.m.ids.GenerateIDToken(ctx, 5*time.Minute, req)
	if err != nil {
		return nil, err
	}
	access, _, err := s.m.access.GenerateAccessToken(ctx, req)
	if err != nil {
		return nil, err
	}
	refresh, _, err := s.m.core.GenerateRefreshToken(ctx, req)
	if err != nil {
		return nil, err
	}
	code, _, err := s.m.core.GenerateAuthorizeCode(ctx, req)
	if err != nil {
		return nil, err
	}
	signed, _, err := s.m.signer.Generate(ctx, fositejwt.MapClaims{"sub": req.GetID()}, nil)
	if err != nil {
		return nil, err
	}
	out := &Sample{}
	for _, tok := range []string{id, access, refresh, code, signed} {
		c, err := decode(tok)
		if err != nil {
			return nil, err
		}
		out.Claims = append(out.Claims, c)
	}
	return out, nil
}

// BuildDirect does the same with the concrete strategies (a fact too).
func (s *Sampler) BuildDirect(ctx context.Context, req fosite.Requester) (*Sample, error) { // want BuildDirect:"jwtlint.func"
	id, err := s.idjwt.GenerateIDToken(ctx, time.Minute, req)
	if err != nil {
		return nil, err
	}
	access, _, err := s.jwts.GenerateAccessToken(ctx, req)
	if err != nil {
		return nil, err
	}
	refresh, _, err := s.jwts.GenerateRefreshToken(ctx, req)
	if err != nil {
		return nil, err
	}
	code, _, err := s.jwts.GenerateAuthorizeCode(ctx, req)
	if err != nil {
		return nil, err
	}
	signed, _, err := s.direct.Generate(ctx, fositejwt.MapClaims{}, nil)
	if err != nil {
		return nil, err
	}
	out := &Sample{}
	for _, tok := range []string{id, access, refresh, code, signed} {
		c, err := decode(tok)
		if err != nil {
			return nil, err
		}
		out.Claims = append(out.Claims, c)
	}
	return out, nil
}

// decode reads a minted token's claims without checking its signature or
// its times.
func decode(tok string) (jwt.Token, error) {
	return jwt.ParseString(
		tok,
		jwt.WithValidate(false),
		jwt.WithVerify(false),
	)
}

// Echo shows the claims of the bearer token a client sent, read the same
// way: that token's claims are whatever its sender wrote.
func Echo(w http.ResponseWriter, r *http.Request) {
	if _, err := peek(r.Header.Get("Authorization")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

func peek(tok string) (jwt.Token, error) {
	return jwt.ParseString(
		tok,
		jwt.WithValidate(false),
		jwt.WithVerify(false), // want `jwt.WithVerify\(false\) turns signature verification off: anyone can forge the claims of the tokens parsed with it; verify with a key instead`
	)
}
