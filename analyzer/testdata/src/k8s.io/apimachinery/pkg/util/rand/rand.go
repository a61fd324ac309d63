// Package rand is a stub of k8s.io/apimachinery/pkg/util/rand: a
// math/rand generator seeded with the time at start-up behind a mutex, and
// String, which cuts 5-bit indexes into its alphabet out of one Int63 (the
// shape of the real package, written here from its documented behaviour).
package rand

import (
	"math/rand"
	"sync"
	"time"
)

var rng = struct {
	sync.Mutex
	rand *rand.Rand
}{
	rand: rand.New(rand.NewSource(time.Now().UnixNano())),
}

// Intn returns a number in [0, max) from the shared generator.
func Intn(max int) int {
	rng.Lock()
	defer rng.Unlock()
	return rng.rand.Intn(max)
}

const (
	alphabet  = "bcdfghjklmnpqrstvwxz2456789"
	indexBits = 5
	indexMask = 1<<indexBits - 1
	perInt63  = 63 / indexBits
)

// String returns n characters of the alphabet.
func String(n int) string {
	out := make([]byte, n)
	rng.Lock()
	defer rng.Unlock()
	bits, left := rng.rand.Int63(), perInt63
	for i := 0; i < n; {
		if left == 0 {
			bits, left = rng.rand.Int63(), perInt63
		}
		if j := int(bits & indexMask); j < len(alphabet) {
			out[i] = alphabet[j]
			i++
		}
		bits >>= indexBits
		left--
	}
	return string(out)
}
