package analyzer

// This file is jwtlint's knowledge of Go JWT libraries: which function,
// method or struct field of which library takes a key, a keyfunc or an
// algorithm, and which values name an algorithm. Rules read this table; no
// rule spells a package path. Adding a library is adding rows (and fixtures).
//
// Functions and methods are named as types.Func.FullName prints them:
//
//	github.com/golang-jwt/jwt/v5.Parse
//	(*github.com/golang-jwt/jwt/v5.Token).SignedString
//	(github.com/golang-jwt/jwt/v5.SigningMethod).Sign   (interface method)
//
// Struct fields are named "path.Type.Field", package-level variables and
// constants "path.Name". Parameters are named, never numbered, so a row
// survives a library adding or reordering parameters.

// A Role says what a parameter, field or result means to a JWT library.
type Role uint8

const (
	// SignKey is a key that signs tokens: an HMAC secret or a private key.
	SignKey Role = iota + 1
	// VerifyKey is a key that verifies tokens: an HMAC secret or a public key.
	VerifyKey
	// Key is key material used both ways (a symmetric key, a JWK built from
	// raw bytes, a key set).
	Key
	// Keyfunc is a function whose first result is the verification key.
	Keyfunc
	// Alg is an algorithm given at the call or in the struct.
	Alg
	// ParserOptions is a parser option list (which may whitelist algorithms).
	ParserOptions
	// AlgWhitelist is an option constructor whose argument lists the
	// algorithms a parser accepts (golang-jwt WithValidMethods).
	AlgWhitelist
	// Unverified parses a token without verifying its signature.
	Unverified
	// NoneAlg signs or accepts unsigned tokens ("alg": "none").
	NoneAlg
	// AlgValue is a variable, constant or function naming an algorithm.
	AlgValue
	// PrivateKeyParser turns encoded key material (its parameter) into a
	// private key: a hard-coded PEM gives a hard-coded private key.
	PrivateKeyParser
	// PublicKeyParser turns encoded key material into a public key, which
	// is not a secret.
	PublicKeyParser
	// Source is input from outside the program (environment, flags, files,
	// secret managers): never a hard-coded key.
	Source
	// PassThrough returns (a transformation of) its parameter: trimming,
	// case changes, decoding; of its receiver when Param is empty on a
	// method ((*math/big.Int).Int64).
	PassThrough
	// RandomFill fills its parameter with bytes from a CSPRNG
	// (crypto/rand.Read).
	RandomFill
	// PredictableFill fills its parameter with predictable bytes
	// (math/rand.Read, (*math/rand.Rand).Read).
	PredictableFill
	// ReaderFill fills its parameter from the reader in its "r" parameter
	// (io.ReadFull): random when the reader is a CryptoReader.
	ReaderFill
	// CryptoReader is a reader of a CSPRNG (crypto/rand.Reader).
	CryptoReader
	// PredictableSource returns a value an attacker can predict or recover: any
	// function of math/rand and math/rand/v2 (Name "path.*"), the time, the
	// process ID.
	PredictableSource
	// Encoder encodes its parameter as text: Alg holds the encoding
	// ("hex", "base64"), which sets the text length; entropy is kept.
	Encoder
	// Decoder decodes its parameter from text ("hex", "base64" in Alg).
	Decoder
	// RandomText returns random text of fixed shape: Alg holds
	// "LEN/BITS" (a UUID string is "36/122").
	RandomText
	// RandomNumber returns a number drawn from a CSPRNG (crypto/rand.Int):
	// a character it picks from a set is random, as one crypto/rand.Read
	// fills.
	RandomNumber
	// Hash returns a digest of its parameter of fixed size (Alg holds the
	// size in bytes): a digest of a literal is a hard-coded key, of a
	// predictable value a predictable one (knowledge_random.go).
	Hash
	// Seeder makes a math/rand/v2 generator from its parameter (a seed or a
	// source): a generator seeded from crypto/rand is not predictable.
	Seeder
	// Appender is a method that appends its parameter to its receiver, a
	// text buffer ((*strings.Builder).WriteByte).
	Appender
	// Contents is a method that returns what was appended to its receiver
	// ((*strings.Builder).String): as predictable as what was appended.
	Contents
	// BufferSize is a method that sizes or measures a text buffer without
	// writing it ((*strings.Builder).Grow, Len).
	BufferSize
	// KeyParser turns encoded key material (its parameter) that may be
	// private, public or symmetric (a PEM block, a JWK: jwx's
	// jwk.ParseKey) into a key: a hard-coded literal is judged by what it
	// holds (keyMaterial): a public key is no secret, a private or
	// symmetric one is hard-coded; one whose contents are unknown here is
	// not judged.
	KeyParser
	// Formatter formats its parameter a (fmt.Sprintf's arguments) by a
	// format: one that is a single %s or %v verb (width and flags
	// allowed, nothing else) passes its one argument through as text.
	Formatter
	// FileReader reads the file its parameter names (os.ReadFile's name):
	// jwtlint scan looks in the repository for the key files the code reads
	// where it parses a private key, which are committed secrets.
	FileReader
)

// An API is one row of the library table.
type API struct {
	// Name is the function, method, field, variable or constant.
	Name string
	// Param is the parameter the row is about; empty for fields, variables,
	// constants and for rows about the function as a whole.
	Param string
	// Role says what Param (or the field, or the value) is.
	Role Role
	// Lib is the library as users know it, for messages.
	Lib string
	// Alg is the algorithm this API fixes ("HS512" for gbrlsnchs NewHS512,
	// the value for AlgValue rows) or, for a field or parameter, its
	// documented default; empty when the site does not say.
	Alg string
	// AlgParam names the parameter of the same call that gives the
	// algorithm for this key (jwtauth.New's alg).
	AlgParam string
	// AlgField names the field of the same struct that gives the algorithm
	// for this key (echo-jwt Config.SigningMethod).
	AlgField string
	// AlgFromToken says that the algorithm is the token's signing method,
	// set where the receiver token was made (golang-jwt NewWithClaims).
	AlgFromToken bool
}

// golangJWT returns the rows of golang-jwt/jwt at path, major version
// major, and of its forks, which keep the API under other import paths.
// Parse takes options, and NewParser and WithValidMethods exist, from v4
// on; Parser.ValidMethods is exported up to v4; ed says whether the
// version has EdDSA (golang-jwt v3.2.1 and later, not dgrijalva or
// form3tech).
func golangJWT(path, lib string, major int, ed bool) []API {
	tok := "(*" + path + ".Token)"
	parser := "(*" + path + ".Parser)"
	rows := []API{
		{Name: tok + ".SignedString", Param: "key", Role: SignKey, Lib: lib, AlgFromToken: true},
		{Name: path + ".New", Param: "method", Role: Alg, Lib: lib},
		{Name: path + ".NewWithClaims", Param: "method", Role: Alg, Lib: lib},
		{Name: path + ".GetSigningMethod", Param: "alg", Role: Alg, Lib: lib},
		{Name: "(*" + path + ".SigningMethodHMAC).Sign", Param: "key", Role: SignKey, Lib: lib},
		{Name: "(*" + path + ".SigningMethodHMAC).Verify", Param: "key", Role: VerifyKey, Lib: lib},
		{Name: "(" + path + ".SigningMethod).Sign", Param: "key", Role: SignKey, Lib: lib},
		{Name: "(" + path + ".SigningMethod).Verify", Param: "key", Role: VerifyKey, Lib: lib},
		{Name: path + ".Parse", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: path + ".ParseWithClaims", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: parser + ".Parse", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: parser + ".ParseWithClaims", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: parser + ".ParseUnverified", Role: Unverified, Lib: lib},
		{Name: path + "/request.ParseFromRequest", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: path + "/request.ParseFromRequestWithClaims", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: path + ".SigningMethodNone", Role: NoneAlg, Lib: lib},
		{Name: path + ".UnsafeAllowNoneSignatureType", Role: NoneAlg, Lib: lib},
		{Name: path + ".ParseRSAPrivateKeyFromPEM", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseRSAPrivateKeyFromPEMWithPassword", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseECPrivateKeyFromPEM", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseRSAPublicKeyFromPEM", Param: "key", Role: PublicKeyParser, Lib: lib},
		{Name: path + ".ParseECPublicKeyFromPEM", Param: "key", Role: PublicKeyParser, Lib: lib},
	}
	if major >= 4 {
		rows = append(rows,
			API{Name: path + ".Parse", Param: "options", Role: ParserOptions, Lib: lib},
			API{Name: path + ".ParseWithClaims", Param: "options", Role: ParserOptions, Lib: lib},
			API{Name: path + ".NewParser", Param: "options", Role: ParserOptions, Lib: lib},
			API{Name: path + ".WithValidMethods", Param: "methods", Role: AlgWhitelist, Lib: lib})
	}
	if major <= 4 {
		rows = append(rows, API{Name: path + ".Parser.ValidMethods", Role: AlgWhitelist, Lib: lib})
	}
	for _, alg := range standardAlgs {
		rows = append(rows, API{Name: path + ".SigningMethod" + alg, Role: AlgValue, Lib: lib, Alg: alg})
	}
	if ed {
		rows = append(rows,
			API{Name: path + ".ParseEdPrivateKeyFromPEM", Param: "key", Role: PrivateKeyParser, Lib: lib},
			API{Name: path + ".ParseEdPublicKeyFromPEM", Param: "key", Role: PublicKeyParser, Lib: lib},
			API{Name: path + ".SigningMethodEdDSA", Role: AlgValue, Lib: lib, Alg: "EdDSA"})
	}
	return rows
}

// stdlib rows: where key material comes from and how it is transformed, for
// the provenance engine.
var stdlibRows = []API{
	{Name: "os.Getenv", Role: Source, Lib: "os"},
	{Name: "os.LookupEnv", Role: Source, Lib: "os"},
	{Name: "os.ReadFile", Role: Source, Lib: "os"},
	{Name: "io/ioutil.ReadFile", Role: Source, Lib: "io/ioutil"},
	{Name: "io.ReadAll", Role: Source, Lib: "io"},
	{Name: "flag.String", Role: Source, Lib: "flag"},
	{Name: "(*flag.FlagSet).String", Role: Source, Lib: "flag"},
	{Name: "strings.TrimSpace", Param: "s", Role: PassThrough, Lib: "strings"},
	{Name: "strings.TrimSuffix", Param: "s", Role: PassThrough, Lib: "strings"},
	{Name: "strings.TrimPrefix", Param: "s", Role: PassThrough, Lib: "strings"},
	{Name: "strings.Trim", Param: "s", Role: PassThrough, Lib: "strings"},
	{Name: "bytes.TrimSpace", Param: "s", Role: PassThrough, Lib: "bytes"},
	{Name: "crypto/x509.ParsePKCS1PrivateKey", Param: "der", Role: PrivateKeyParser, Lib: "crypto/x509"},
	{Name: "crypto/x509.ParsePKCS8PrivateKey", Param: "der", Role: PrivateKeyParser, Lib: "crypto/x509"},
	{Name: "crypto/x509.ParseECPrivateKey", Param: "der", Role: PrivateKeyParser, Lib: "crypto/x509"},
	{Name: "crypto/x509.ParsePKIXPublicKey", Param: "derBytes", Role: PublicKeyParser, Lib: "crypto/x509"},
	{Name: "crypto/x509.ParsePKCS1PublicKey", Param: "der", Role: PublicKeyParser, Lib: "crypto/x509"},
	{Name: "encoding/pem.Decode", Param: "data", Role: PassThrough, Lib: "encoding/pem"},
	{Name: "os.ReadFile", Param: "name", Role: FileReader, Lib: "os"},
	{Name: "io/ioutil.ReadFile", Param: "filename", Role: FileReader, Lib: "io/ioutil"},
	{Name: "os.Open", Param: "name", Role: FileReader, Lib: "os"},
	{Name: "os.OpenFile", Param: "name", Role: FileReader, Lib: "os"},
}

// libraryRows are the JWT libraries, grouped by library. Their import paths
// decide the fast path: a package importing none of them has no key sinks.
func libraryRows() [][]API {
	return append(familyRows(), otherLibraryRows)
}

// supportRows are not JWT libraries: where key material comes from, how it
// is encoded, and how random it is.
func supportRows() [][]API {
	return [][]API{randomnessRows, bufferRows, stdlibRows, tokenRows}
}

// otherLibraryRows are the libraries beyond the golang-jwt family.
var otherLibraryRows = []API{
	// BEGIN other libraries (rows filled in per library)
	// kataras/jwt: the algorithm is the first argument of every Sign and Verify.
	{Name: "github.com/kataras/jwt.Sign", Param: "key", Role: SignKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.SignEncrypted", Param: "key", Role: SignKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.SignWithHeader", Param: "key", Role: SignKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.SignEncryptedWithHeader", Param: "key", Role: SignKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.Verify", Param: "key", Role: VerifyKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.VerifyEncrypted", Param: "key", Role: VerifyKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.VerifyWithHeaderValidator", Param: "key", Role: VerifyKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.VerifyEncryptedWithHeaderValidator", Param: "key", Role: VerifyKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "(github.com/kataras/jwt.Alg).Sign", Param: "key", Role: SignKey, Lib: "kataras/jwt"},
	{Name: "(github.com/kataras/jwt.Alg).Verify", Param: "key", Role: VerifyKey, Lib: "kataras/jwt"},
	{Name: "(github.com/kataras/jwt.Keys).Register", Param: "privKey", Role: SignKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "(github.com/kataras/jwt.Keys).Register", Param: "pubKey", Role: VerifyKey, Lib: "kataras/jwt", AlgParam: "alg"},
	{Name: "github.com/kataras/jwt.Key.Private", Role: SignKey, Lib: "kataras/jwt", AlgField: "Alg"},
	{Name: "github.com/kataras/jwt.Key.Public", Role: VerifyKey, Lib: "kataras/jwt", AlgField: "Alg"},
	// GCM's key encrypts the token payload.
	{Name: "github.com/kataras/jwt.GCM", Param: "key", Role: Key, Lib: "kataras/jwt"},
	{Name: "github.com/kataras/jwt.Decode", Role: Unverified, Lib: "kataras/jwt"},
	{Name: "github.com/kataras/jwt.NONE", Role: NoneAlg, Lib: "kataras/jwt"},
	{Name: "github.com/kataras/jwt.HS256", Role: AlgValue, Lib: "kataras/jwt", Alg: "HS256"},
	{Name: "github.com/kataras/jwt.HS384", Role: AlgValue, Lib: "kataras/jwt", Alg: "HS384"},
	{Name: "github.com/kataras/jwt.HS512", Role: AlgValue, Lib: "kataras/jwt", Alg: "HS512"},
	{Name: "github.com/kataras/jwt.RS256", Role: AlgValue, Lib: "kataras/jwt", Alg: "RS256"},
	{Name: "github.com/kataras/jwt.RS384", Role: AlgValue, Lib: "kataras/jwt", Alg: "RS384"},
	{Name: "github.com/kataras/jwt.RS512", Role: AlgValue, Lib: "kataras/jwt", Alg: "RS512"},
	{Name: "github.com/kataras/jwt.PS256", Role: AlgValue, Lib: "kataras/jwt", Alg: "PS256"},
	{Name: "github.com/kataras/jwt.PS384", Role: AlgValue, Lib: "kataras/jwt", Alg: "PS384"},
	{Name: "github.com/kataras/jwt.PS512", Role: AlgValue, Lib: "kataras/jwt", Alg: "PS512"},
	{Name: "github.com/kataras/jwt.ES256", Role: AlgValue, Lib: "kataras/jwt", Alg: "ES256"},
	{Name: "github.com/kataras/jwt.ES384", Role: AlgValue, Lib: "kataras/jwt", Alg: "ES384"},
	{Name: "github.com/kataras/jwt.ES512", Role: AlgValue, Lib: "kataras/jwt", Alg: "ES512"},
	{Name: "github.com/kataras/jwt.EdDSA", Role: AlgValue, Lib: "kataras/jwt", Alg: "EdDSA"},

	// kataras/iris/v12 middleware/jwt: wraps kataras/jwt. Sign and Verify are package variables
	// holding kataras/jwt.Sign and kataras/jwt.Verify: calls through them are calls of the held
	// functions (heldfunc.go), which kataras/jwt's rows cover.
	{Name: "github.com/kataras/iris/v12/middleware/jwt.NewSigner", Param: "signatureKey", Role: SignKey, Lib: "kataras/iris/v12 middleware/jwt", AlgParam: "signatureAlg"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.NewVerifier", Param: "signatureKey", Role: VerifyKey, Lib: "kataras/iris/v12 middleware/jwt", AlgParam: "signatureAlg"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.Signer.Key", Role: SignKey, Lib: "kataras/iris/v12 middleware/jwt", AlgField: "Alg"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.Verifier.Key", Role: VerifyKey, Lib: "kataras/iris/v12 middleware/jwt", AlgField: "Alg"},
	{Name: "(*github.com/kataras/iris/v12/middleware/jwt.Signer).WithEncryption", Param: "key", Role: Key, Lib: "kataras/iris/v12 middleware/jwt"},
	{Name: "(*github.com/kataras/iris/v12/middleware/jwt.Verifier).WithDecryption", Param: "key", Role: Key, Lib: "kataras/iris/v12 middleware/jwt"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.HS256", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "HS256"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.HS384", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "HS384"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.HS512", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "HS512"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.RS256", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "RS256"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.RS384", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "RS384"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.RS512", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "RS512"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.PS256", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "PS256"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.PS384", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "PS384"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.PS512", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "PS512"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.ES256", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "ES256"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.ES384", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "ES384"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.ES512", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "ES512"},
	{Name: "github.com/kataras/iris/v12/middleware/jwt.EdDSA", Role: AlgValue, Lib: "kataras/iris/v12 middleware/jwt", Alg: "EdDSA"},

	// pascaldekloe/jwt: HMACCheck accepts any HMAC algorithm the token names.
	{Name: "(*github.com/pascaldekloe/jwt.Claims).HMACSign", Param: "secret", Role: SignKey, Lib: "pascaldekloe/jwt", AlgParam: "alg"},
	{Name: "(*github.com/pascaldekloe/jwt.Claims).HMACSignHeader", Param: "secret", Role: SignKey, Lib: "pascaldekloe/jwt", AlgParam: "alg"},
	{Name: "(*github.com/pascaldekloe/jwt.Claims).RSASign", Param: "key", Role: SignKey, Lib: "pascaldekloe/jwt", AlgParam: "alg"},
	{Name: "(*github.com/pascaldekloe/jwt.Claims).ECDSASign", Param: "key", Role: SignKey, Lib: "pascaldekloe/jwt", AlgParam: "alg"},
	{Name: "(*github.com/pascaldekloe/jwt.Claims).EdDSASign", Param: "key", Role: SignKey, Lib: "pascaldekloe/jwt", Alg: "EdDSA"},
	{Name: "github.com/pascaldekloe/jwt.HMACCheck", Param: "secret", Role: VerifyKey, Lib: "pascaldekloe/jwt"},
	{Name: "github.com/pascaldekloe/jwt.HMACCheckHeader", Param: "secret", Role: VerifyKey, Lib: "pascaldekloe/jwt"},
	{Name: "github.com/pascaldekloe/jwt.NewHMAC", Param: "secret", Role: Key, Lib: "pascaldekloe/jwt", AlgParam: "alg"},
	// KeyRegister.Secrets is a slice of HMAC secrets: each element is a key.
	{Name: "github.com/pascaldekloe/jwt.KeyRegister.Secrets", Role: VerifyKey, Lib: "pascaldekloe/jwt"},
	{Name: "github.com/pascaldekloe/jwt.ParseWithoutCheck", Role: Unverified, Lib: "pascaldekloe/jwt"},
	{Name: "github.com/pascaldekloe/jwt.HS256", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "HS256"},
	{Name: "github.com/pascaldekloe/jwt.HS384", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "HS384"},
	{Name: "github.com/pascaldekloe/jwt.HS512", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "HS512"},
	{Name: "github.com/pascaldekloe/jwt.RS256", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "RS256"},
	{Name: "github.com/pascaldekloe/jwt.RS384", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "RS384"},
	{Name: "github.com/pascaldekloe/jwt.RS512", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "RS512"},
	{Name: "github.com/pascaldekloe/jwt.PS256", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "PS256"},
	{Name: "github.com/pascaldekloe/jwt.PS384", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "PS384"},
	{Name: "github.com/pascaldekloe/jwt.PS512", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "PS512"},
	{Name: "github.com/pascaldekloe/jwt.ES256", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "ES256"},
	{Name: "github.com/pascaldekloe/jwt.ES384", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "ES384"},
	{Name: "github.com/pascaldekloe/jwt.ES512", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "ES512"},
	{Name: "github.com/pascaldekloe/jwt.EdDSA", Role: AlgValue, Lib: "pascaldekloe/jwt", Alg: "EdDSA"},

	// go-kit/kit auth/jwt: built on golang-jwt/jwt/v4; NewParser rejects tokens whose
	// method is not the method argument.
	{Name: "github.com/go-kit/kit/auth/jwt.NewSigner", Param: "key", Role: SignKey, Lib: "go-kit/kit auth/jwt", AlgParam: "method"},
	{Name: "github.com/go-kit/kit/auth/jwt.NewParser", Param: "keyFunc", Role: Keyfunc, Lib: "go-kit/kit auth/jwt", AlgParam: "method"},

	// END other libraries
}
