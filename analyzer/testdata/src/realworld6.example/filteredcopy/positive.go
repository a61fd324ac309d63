package filteredcopy

import "github.com/golang-jwt/jwt/v5"

// A builder returns a copy of the options with the key set; its result is
// stored back into the kept options, so the literal is the key.
type builderOptions struct {
	key string
}

func (o builderOptions) withKey(k string) builderOptions {
	o.key = k
	return o
}

type builderService struct {
	opts builderOptions
}

func (s *builderService) configure() {
	s.opts = s.opts.withKey("literal-key") // want `hard-coded 11-byte key`
}

func (s *builderService) sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.key))
}

// A constructor fills a local value and returns it as the kept options.
type ctorOptions struct {
	key string
}

func defaults() ctorOptions {
	var o ctorOptions
	o.key = "ctor-default"
	return o
}

type ctorService struct {
	opts ctorOptions
}

func newCtorService() *ctorService {
	return &ctorService{opts: defaults()}
}

func (s *ctorService) sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.key)) // want `hard-coded 12-byte key`
}

// A copy handed to a function the package cannot see into may come back
// as the kept value: the store counts.
type escOptions struct {
	key string
}

type escService struct {
	opts escOptions
}

func (s *escService) reset(keep func(escOptions) escOptions) {
	c := s.opts
	c.key = "escaped"
	s.opts = keep(c)
}

func (s *escService) sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.key)) // want `hard-coded 7-byte key`
}

// A masked copy put into a page's data and read back from it into the kept
// options: the read of the data's field is followed, the store counts.
type roundOptions struct {
	key string
}

func (o roundOptions) masked() roundOptions {
	m := o
	m.key = "round-trip"
	return m
}

type roundPage struct {
	Opts roundOptions
}

type roundService struct {
	opts roundOptions
}

func (s *roundService) restore() {
	p := roundPage{Opts: s.opts.masked()}
	s.opts = p.Opts
}

func (s *roundService) sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(s.opts.key)) // want `hard-coded 10-byte key`
}
