package analyzer

import "strings"

// randomnessRows say where key bytes come from and how many bits of entropy
// their text carries: the weak-random-key and short-key rules read them
// through the provenance engine.
var randomnessRows = []API{
	{Name: "crypto/rand.Read", Param: "b", Role: RandomFill, Lib: "crypto/rand"},
	{Name: "crypto/rand.Reader", Role: CryptoReader, Lib: "crypto/rand"},
	{Name: "crypto/rand.Int", Role: RandomNumber, Lib: "crypto/rand"},
	{Name: "(*math/big.Int).Int64", Role: PassThrough, Lib: "math/big"},
	{Name: "(*math/big.Int).Uint64", Role: PassThrough, Lib: "math/big"},
	// A number made of bytes, written in a base: the bytes' entropy in
	// text as long as the base needs (Alg "base" reads the base argument).
	{Name: "(*math/big.Int).SetBytes", Param: "buf", Role: PassThrough, Lib: "math/big"},
	{Name: "(*math/big.Int).Text", Role: Encoder, Alg: "base", Lib: "math/big"},
	{Name: "fmt.Sprintf", Param: "a", Role: Formatter, Lib: "fmt"},
	{Name: "io.ReadFull", Param: "buf", Role: ReaderFill, Lib: "io"},
	{Name: "io.ReadAtLeast", Param: "buf", Role: ReaderFill, Lib: "io"},
	{Name: "math/rand.Read", Param: "p", Role: PredictableFill, Lib: "math/rand"},
	{Name: "(*math/rand.Rand).Read", Param: "p", Role: PredictableFill, Lib: "math/rand"},
	{Name: "(*math/rand/v2.ChaCha8).Read", Param: "p", Role: PredictableFill, Lib: "math/rand/v2"},
	{Name: "math/rand.*", Role: PredictableSource, Lib: "math/rand"},
	{Name: "math/rand/v2.*", Role: PredictableSource, Lib: "math/rand/v2"},
	{Name: "time.Now", Role: PredictableSource, Lib: "time"},
	{Name: "time.Since", Role: PredictableSource, Lib: "time"},
	{Name: "os.Getpid", Role: PredictableSource, Lib: "os"},
	{Name: "os.Getppid", Role: PredictableSource, Lib: "os"},
	{Name: "os.Hostname", Role: PredictableSource, Lib: "os"},
	{Name: "sync/atomic.AddInt64", Role: PredictableSource, Lib: "sync/atomic"},
	{Name: "sync/atomic.AddUint64", Role: PredictableSource, Lib: "sync/atomic"},
	{Name: "sync/atomic.AddInt32", Role: PredictableSource, Lib: "sync/atomic"},
	{Name: "(*sync/atomic.Int64).Add", Role: PredictableSource, Lib: "sync/atomic"},
	{Name: "(*sync/atomic.Uint64).Add", Role: PredictableSource, Lib: "sync/atomic"},
	{Name: "encoding/hex.EncodeToString", Param: "src", Role: Encoder, Alg: "hex", Lib: "encoding/hex"},
	{Name: "(*encoding/base64.Encoding).EncodeToString", Param: "src", Role: Encoder, Alg: "base64", Lib: "encoding/base64"},
	{Name: "(*encoding/base32.Encoding).EncodeToString", Param: "src", Role: Encoder, Alg: "base32", Lib: "encoding/base32"},
	{Name: "encoding/hex.DecodeString", Param: "s", Role: Decoder, Alg: "hex", Lib: "encoding/hex"},
	{Name: "(*encoding/base64.Encoding).DecodeString", Param: "s", Role: Decoder, Alg: "base64", Lib: "encoding/base64"},
	{Name: "(github.com/google/uuid.UUID).String", Role: RandomText, Alg: "36/122", Lib: "google/uuid"},
	{Name: "crypto/sha256.Sum256", Param: "data", Role: Hash, Alg: "32", Lib: "crypto/sha256"},
	{Name: "crypto/sha256.Sum224", Param: "data", Role: Hash, Alg: "28", Lib: "crypto/sha256"},
	{Name: "crypto/sha512.Sum512", Param: "data", Role: Hash, Alg: "64", Lib: "crypto/sha512"},
	{Name: "crypto/sha512.Sum384", Param: "data", Role: Hash, Alg: "48", Lib: "crypto/sha512"},
	{Name: "crypto/sha512.Sum512_256", Param: "data", Role: Hash, Alg: "32", Lib: "crypto/sha512"},
	{Name: "crypto/sha1.Sum", Param: "data", Role: Hash, Alg: "20", Lib: "crypto/sha1"},
	{Name: "crypto/md5.Sum", Param: "data", Role: Hash, Alg: "16", Lib: "crypto/md5"},
	{Name: "math/rand/v2.NewChaCha8", Param: "seed", Role: Seeder, Lib: "math/rand/v2"},
	{Name: "math/rand/v2.New", Param: "src", Role: Seeder, Lib: "math/rand/v2"},
	{Name: "github.com/google/uuid.NewString", Role: RandomText, Alg: "36/122", Lib: "google/uuid"},
	{Name: "(github.com/gofrs/uuid.UUID).String", Role: RandomText, Alg: "36/122", Lib: "gofrs/uuid"},
	{Name: "(github.com/gofrs/uuid/v5.UUID).String", Role: RandomText, Alg: "36/122", Lib: "gofrs/uuid"},
	{Name: "(github.com/satori/go.uuid.UUID).String", Role: RandomText, Alg: "36/122", Lib: "satori/go.uuid"},
}

// bufferRows are the text buffers a key may be built in, character by
// character (the strings.Builder variant of the random-string idioms).
var bufferRows = append(textBuffer("strings.Builder", "String"), textBuffer("bytes.Buffer", "String", "Bytes")...)

func textBuffer(typ string, contents ...string) []API {
	pkg := typ[:strings.LastIndex(typ, ".")]
	rows := []API{
		{Name: "(*" + typ + ").WriteByte", Param: "c", Role: Appender, Lib: pkg},
		{Name: "(*" + typ + ").WriteRune", Param: "r", Role: Appender, Lib: pkg},
		{Name: "(*" + typ + ").WriteString", Param: "s", Role: Appender, Lib: pkg},
		{Name: "(*" + typ + ").Write", Param: "p", Role: Appender, Lib: pkg},
	}
	for _, m := range []string{"Grow", "Len", "Cap"} {
		rows = append(rows, API{Name: "(*" + typ + ")." + m, Role: BufferSize, Lib: pkg})
	}
	for _, m := range contents {
		rows = append(rows, API{Name: "(*" + typ + ")." + m, Role: Contents, Lib: pkg})
	}
	return rows
}

// emptyKeyRefused lists the library module paths (prefixes) whose HMAC
// signers and verifiers themselves refuse an empty key, read in their
// source: lestrrat-go/jwx v1-v3 jws/hmac.go ("missing key while signing
// payload") and go-chi/jwtauth, built on it; cristalhq/jwt v3-v5
// algo_hs.go (ErrNilKey on len(key) == 0); gbrlsnchs/jwt v3 hmac_sha.go. A
// key read from the environment without a check fails closed with them, so
// short-key does not report it there (rule_shortkey.go).
var emptyKeyRefused = []string{
	"github.com/lestrrat-go/jwx",
	"github.com/go-chi/jwtauth",
	"github.com/cristalhq/jwt",
	"github.com/gbrlsnchs/jwt",
}
