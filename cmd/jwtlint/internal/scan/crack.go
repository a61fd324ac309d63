package scan

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"hash"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// hsToken is an HMAC-signed JWT: what the cracker needs of it.
type hsToken struct {
	alg          string // HS256, HS384 or HS512
	signingInput []byte // base64url(header) "." base64url(payload)
	sig          []byte
	padded       []byte // signingInput with the inner hash's SHA-2 padding
}

// hsHash returns the hash constructor and block size of an HMAC JWT
// algorithm, and whether alg is one.
func hsHash(alg string) (func() hash.Hash, int, bool) {
	switch alg {
	case "HS256":
		return sha256.New, sha256.BlockSize, true
	case "HS384":
		return sha512.New384, sha512.BlockSize, true
	case "HS512":
		return sha512.New, sha512.BlockSize, true
	}
	return nil, 0, false
}

// parseHSToken decodes a compact JWS and reports whether it is signed with
// HS256, HS384 or HS512 and well formed.
func parseHSToken(s string) (hsToken, bool) {
	parts := strings.Split(strings.TrimSpace(s), ".")
	if len(parts) != 3 {
		return hsToken{}, false
	}
	hdr, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[0], "="))
	if err != nil {
		return hsToken{}, false
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if json.Unmarshal(hdr, &h) != nil {
		return hsToken{}, false
	}
	newHash, _, ok := hsHash(h.Alg)
	if !ok {
		return hsToken{}, false
	}
	sig, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[2], "="))
	if err != nil || len(sig) != newHash().Size() {
		return hsToken{}, false
	}
	_, block, _ := hsHash(h.Alg)
	in := []byte(parts[0] + "." + parts[1])
	return hsToken{alg: h.Alg, signingInput: in, sig: sig, padded: shaPad(in, block, block)}, true
}

// hmacTester checks candidate keys against the tokens of one algorithm. It
// owns its hash state and buffers, so each worker goroutine has its own;
// testing a candidate allocates nothing.
//
// HMAC(K, m) = H((K^opad) || H((K^ipad) || m)). The hash only ever sees
// whole blocks, in one Write a hash: the inner one gets the ipad block
// followed by the token's signing input with its SHA-2 padding (padded once
// per token: the padding depends only on the length, and the inner hash
// always starts with one key block), the outer one the opad block followed
// by the inner digest and its padding. The key blocks are XORed a 64-bit
// word at a time straight into those buffers, and a digest is read from
// the hash state with AppendBinary instead of Sum (which copies the state
// and pads on every call). That leaves the compression function as nearly
// the only cost: 1+ceil((len(m)+9)/64) blocks inner, 2 outer, for SHA-256
// (BenchmarkSHA256Blocks is that floor).
type hmacTester struct {
	block, size int
	h           hash.Hash
	app         encoding.BinaryAppender
	keyLen      int // length of the key last set
	// inner is the ipad block followed by the padded signing input of tok
	// (rebuilt when another token is tested); outer is the opad block
	// followed by the digest slot and its padding.
	inner, outer []byte
	tok          *hsToken
	state        []byte
	// With several tokens, the states after the key blocks are kept per
	// candidate and restored per token, saving two compressions a token.
	unm            encoding.BinaryUnmarshaler
	istate, ostate []byte
}

func newHMACTester(newHash func() hash.Hash, block int) *hmacTester {
	h := newHash()
	t := &hmacTester{
		block: block,
		size:  h.Size(),
		h:     h,
		app:   h.(encoding.BinaryAppender),
		unm:   h.(encoding.BinaryUnmarshaler),
		inner: make([]byte, block),
		state: make([]byte, 0, 256),
	}
	t.outer = append(make([]byte, block), shaPad(make([]byte, t.size), block, block)...)
	for i := 0; i < block; i += 8 {
		binary.LittleEndian.PutUint64(t.inner[i:], ipadWord)
		binary.LittleEndian.PutUint64(t.outer[i:], opadWord)
	}
	return t
}

// shaPad returns msg followed by SHA-2 padding for a message of prefix+len(msg)
// bytes in total (prefix bytes having been hashed already, in whole blocks).
// SHA-256 (64-byte blocks) ends with a 64-bit length, SHA-384/512 (128-byte
// blocks) with a 128-bit one.
func shaPad(msg []byte, prefix, block int) []byte {
	lenBytes := 8
	if block == 128 {
		lenBytes = 16
	}
	total := prefix + len(msg)
	n := len(msg) + 1 + lenBytes
	n = (n + block - 1) / block * block
	out := make([]byte, n)
	copy(out, msg)
	out[len(msg)] = 0x80
	binary.BigEndian.PutUint64(out[n-8:], uint64(total)*8)
	return out
}

const (
	ipadWord = 0x3636363636363636
	opadWord = 0x5c5c5c5c5c5c5c5c
)

// setKey writes the padded key blocks of key into the inner and outer
// buffers, once for all the tokens it is tried against (RFC 2104: keys
// longer than a block are hashed first). Only the words the key covers, or
// the last one covered, are rewritten: the rest stay the pad constant.
func (t *hmacTester) setKey(key string) {
	if len(key) > t.block {
		t.h.Reset()
		io.WriteString(t.h, key)
		t.state = t.h.Sum(t.state[:0])
		key = string(t.state) // rare: keys longer than a block
	}
	ipad, opad := t.inner[:t.block], t.outer[:t.block]
	n := max(len(key), t.keyLen)
	t.keyLen = len(key)
	i := 0
	for ; i+8 <= len(key); i += 8 {
		k := uint64(key[i]) | uint64(key[i+1])<<8 | uint64(key[i+2])<<16 | uint64(key[i+3])<<24 |
			uint64(key[i+4])<<32 | uint64(key[i+5])<<40 | uint64(key[i+6])<<48 | uint64(key[i+7])<<56
		binary.LittleEndian.PutUint64(ipad[i:], k^ipadWord)
		binary.LittleEndian.PutUint64(opad[i:], k^opadWord)
	}
	for ; i < n; i += 8 {
		var k uint64
		for j := i; j < min(i+8, len(key)); j++ {
			k |= uint64(key[j]) << (8 * (j - i))
		}
		binary.LittleEndian.PutUint64(ipad[i:], k^ipadWord)
		binary.LittleEndian.PutUint64(opad[i:], k^opadWord)
	}
}

// saveKeyStates records the hash states after the padded key blocks of the
// key last set.
func (t *hmacTester) saveKeyStates() {
	t.h.Reset()
	t.h.Write(t.inner[:t.block])
	t.istate, _ = t.app.AppendBinary(t.istate[:0])
	t.h.Reset()
	t.h.Write(t.outer[:t.block])
	t.ostate, _ = t.app.AppendBinary(t.ostate[:0])
}

// verifiesSaved is verifies starting from the states saveKeyStates kept.
func (t *hmacTester) verifiesSaved(tok *hsToken) bool {
	t.unm.UnmarshalBinary(t.istate)
	t.h.Write(tok.padded)
	copy(t.outer[t.block:], t.digest())
	t.unm.UnmarshalBinary(t.ostate)
	t.h.Write(t.outer[t.block:])
	return bytes.Equal(t.digest(), tok.sig) // the cracker is the attacker: no need for constant time
}

// digest returns the hash state, which is the digest once the padded message
// has been written. (AppendBinary's layout: a 4-byte magic, then the state
// words big-endian.)
func (t *hmacTester) digest() []byte {
	t.state, _ = t.app.AppendBinary(t.state[:0])
	return t.state[4 : 4+t.size]
}

// verifies reports whether the key last set signs tok, whose padded field
// must have been made for this tester's block size.
func (t *hmacTester) verifies(tok *hsToken) bool {
	if t.tok != tok {
		t.inner = append(t.inner[:t.block], tok.padded...)
		t.tok = tok
	}
	t.h.Reset()
	t.h.Write(t.inner)
	copy(t.outer[t.block:], t.digest())
	t.h.Reset()
	t.h.Write(t.outer)
	return bytes.Equal(t.digest(), tok.sig) // the cracker is the attacker: no need for constant time
}

// crack tries every candidate against every token and returns, for each
// token, the index of the first candidate that verifies it, or -1. Work is
// split over workers goroutines (GOMAXPROCS when workers <= 0).
func crack(tokens []hsToken, candidates []string, workers int) []int {
	found := make([]int64, len(tokens))
	for i := range found {
		found[i] = -1
	}
	if len(tokens) == 0 || len(candidates) == 0 {
		return toInts(found)
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(candidates))
	byAlg := map[string][]int{}
	for i, t := range tokens {
		byAlg[t.alg] = append(byAlg[t.alg], i)
	}
	var (
		next    atomic.Int64
		wg      sync.WaitGroup
		mu      sync.Mutex
		pending atomic.Int64
	)
	pending.Store(int64(len(tokens)))
	const chunk = 4096
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			testers := map[string]*hmacTester{}
			for alg := range byAlg {
				newHash, block, _ := hsHash(alg)
				testers[alg] = newHMACTester(newHash, block)
			}
			for pending.Load() > 0 {
				lo := int(next.Add(chunk)) - chunk
				if lo >= len(candidates) {
					return
				}
				hi := min(lo+chunk, len(candidates))
				for alg, idx := range byAlg {
					t := testers[alg]
					saved := len(idx) > 1
					for c := lo; c < hi; c++ {
						t.setKey(candidates[c])
						if saved {
							t.saveKeyStates()
						}
						for _, i := range idx {
							var ok bool
							if saved {
								ok = t.verifiesSaved(&tokens[i])
							} else {
								ok = t.verifies(&tokens[i])
							}
							if ok {
								mu.Lock()
								if found[i] < 0 || int64(c) < found[i] {
									if found[i] < 0 {
										pending.Add(-1)
									}
									found[i] = int64(c)
								}
								mu.Unlock()
							}
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	return toInts(found)
}

func toInts(a []int64) []int {
	out := make([]int, len(a))
	for i, v := range a {
		out[i] = int(v)
	}
	return out
}
