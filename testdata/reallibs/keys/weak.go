package keys

import (
	mrand "math/rand"
	"time"
)

// WeakKey derives n key bytes from math/rand seeded with the clock: anyone
// who can guess the start time can regenerate the key.
func WeakKey(n int) []byte {
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	b := make([]byte, n)
	r.Read(b)
	return b
}
