// Package uuid is a stub of github.com/google/uuid for analyzer tests.
package uuid

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier.
type UUID [16]byte

// New creates a new random UUID or panics.
func New() UUID { return UUID{} }

// NewString creates a new random UUID and returns it as a string or panics.
func NewString() string { return "" }

// String returns the string form of uuid.
func (uuid UUID) String() string { return "" }
