// Package creds is the credential store of realworld8.example/ownstored,
// reduced from habitat-network/habitat at 6bb79c5 (internal/pdscred): the
// tokens are kept in a backend (a database there) the linter cannot see
// into, read back through an interface.
package creds

import (
	"context"
	"encoding/json"
)

// Credentials are the tokens the client holds for a user.
type Credentials struct {
	AccessToken  string
	RefreshToken string
}

// Store keeps the credentials of each user.
type Store interface {
	Upsert(ctx context.Context, id string, c *Credentials) error
	Get(ctx context.Context, id string) (*Credentials, error)
}

// Session is a token some other party handed in, kept by the control.
type Session struct {
	Token string
}

// SessionStore keeps sessions.
type SessionStore interface {
	Save(ctx context.Context, id string, s *Session) error
	Load(ctx context.Context, id string) (*Session, error)
}

// Backend is an opaque key-value database.
type Backend interface {
	Read(ctx context.Context, key string) ([]byte, error)
	Write(ctx context.Context, key string, val []byte) error
}

type store struct{ db Backend }

// New returns a Store over db.
func New(db Backend) Store { return &store{db: db} }

func (s *store) Get(ctx context.Context, id string) (*Credentials, error) {
	b, err := s.db.Read(ctx, id)
	if err != nil {
		return nil, err
	}
	var c Credentials
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

func (s *store) Upsert(ctx context.Context, id string, c *Credentials) error {
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return s.db.Write(ctx, id, b)
}
