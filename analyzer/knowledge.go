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
	// case changes, decoding.
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
	// Hash returns a digest of its parameter of fixed size (Alg holds the
	// size in bytes): a digest of a literal is a hard-coded key, of a
	// predictable value a predictable one (knowledge_random.go).
	Hash
	// Seeder makes a math/rand/v2 generator from its parameter (a seed or a
	// source): a generator seeded from crypto/rand is not predictable.
	Seeder
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

// golangJWT returns the rows shared by golang-jwt/jwt v3, v4 and v5 and its
// forks, which keep the same API under different import paths.
func golangJWT(path, lib string) []API {
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
		{Name: path + ".Parse", Param: "options", Role: ParserOptions, Lib: lib},
		{Name: path + ".ParseWithClaims", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: path + ".ParseWithClaims", Param: "options", Role: ParserOptions, Lib: lib},
		{Name: parser + ".Parse", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: parser + ".ParseWithClaims", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: parser + ".ParseUnverified", Role: Unverified, Lib: lib},
		{Name: path + ".NewParser", Param: "options", Role: ParserOptions, Lib: lib},
		{Name: path + ".WithValidMethods", Param: "methods", Role: AlgWhitelist, Lib: lib},
		{Name: path + ".Parser.ValidMethods", Role: AlgWhitelist, Lib: lib},
		{Name: path + "/request.ParseFromRequest", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: path + "/request.ParseFromRequestWithClaims", Param: "keyFunc", Role: Keyfunc, Lib: lib},
		{Name: path + ".SigningMethodNone", Role: NoneAlg, Lib: lib},
		{Name: path + ".UnsafeAllowNoneSignatureType", Role: NoneAlg, Lib: lib},
		{Name: path + ".ParseRSAPrivateKeyFromPEM", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseRSAPrivateKeyFromPEMWithPassword", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseECPrivateKeyFromPEM", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseEdPrivateKeyFromPEM", Param: "key", Role: PrivateKeyParser, Lib: lib},
		{Name: path + ".ParseRSAPublicKeyFromPEM", Param: "key", Role: PublicKeyParser, Lib: lib},
		{Name: path + ".ParseECPublicKeyFromPEM", Param: "key", Role: PublicKeyParser, Lib: lib},
		{Name: path + ".ParseEdPublicKeyFromPEM", Param: "key", Role: PublicKeyParser, Lib: lib},
	}
	for _, alg := range []string{"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"} {
		rows = append(rows, API{Name: path + ".SigningMethod" + alg, Role: AlgValue, Lib: lib, Alg: alg})
	}
	rows = append(rows, API{Name: path + ".SigningMethodEdDSA", Role: AlgValue, Lib: lib, Alg: "EdDSA"})
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
}

// libraryRows are the JWT libraries, grouped by library. Their import paths
// decide the fast path: a package importing none of them has no key sinks.
func libraryRows() [][]API {
	return [][]API{
		golangJWT("github.com/golang-jwt/jwt/v5", "golang-jwt/jwt/v5"),
		golangJWT("github.com/golang-jwt/jwt/v4", "golang-jwt/jwt/v4"),
		golangJWT("github.com/golang-jwt/jwt", "golang-jwt/jwt"),
		golangJWT("github.com/dgrijalva/jwt-go", "dgrijalva/jwt-go"),
		golangJWT("github.com/form3tech-oss/jwt-go", "form3tech-oss/jwt-go"),
		otherLibraryRows,
		verifyRows,
	}
}

// supportRows are not JWT libraries: where key material comes from, how it
// is encoded, and how random it is.
func supportRows() [][]API {
	return [][]API{randomnessRows, stdlibRows, tokenRows}
}

// otherLibraryRows are the libraries beyond the golang-jwt family.
var otherLibraryRows = []API{
	// BEGIN other libraries (rows filled in per library)
	// lestrrat-go/jwx/v2: keys enter through the WithKey options (the algorithm is the
	// option's alg) and through jwk.FromRaw; jwa algorithms are constants.
	{Name: "github.com/lestrrat-go/jwx/v2/jwt.WithKey", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v2", AlgParam: "alg"},
	{Name: "github.com/lestrrat-go/jwx/v2/jws.WithKey", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v2", AlgParam: "alg"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwk.FromRaw", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v2"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwt.ParseInsecure", Role: Unverified, Lib: "lestrrat-go/jwx/v2"},
	// WithVerify(false) turns signature verification off.
	{Name: "github.com/lestrrat-go/jwx/v2/jwt.WithVerify", Param: "v", Role: Unverified, Lib: "lestrrat-go/jwx/v2"},
	// jws.Parse splits a JWS without verifying it.
	{Name: "github.com/lestrrat-go/jwx/v2/jws.Parse", Role: Unverified, Lib: "lestrrat-go/jwx/v2"},
	{Name: "github.com/lestrrat-go/jwx/v2/jws.ParseString", Role: Unverified, Lib: "lestrrat-go/jwx/v2"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwt.WithInsecureNoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v2"},
	{Name: "github.com/lestrrat-go/jwx/v2/jws.WithInsecureNoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v2"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.NoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v2"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.HS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "HS256"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.HS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "HS384"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.HS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "HS512"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.RS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "RS256"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.RS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "RS384"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.RS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "RS512"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.PS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "PS256"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.PS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "PS384"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.PS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "PS512"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.ES256", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "ES256"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.ES384", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "ES384"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.ES512", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "ES512"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.EdDSA", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "EdDSA"},
	{Name: "github.com/lestrrat-go/jwx/v2/jwa.ES256K", Role: AlgValue, Lib: "lestrrat-go/jwx/v2", Alg: "ES256K"},

	// lestrrat-go/jwx/v3: keys enter through the WithKey options (the algorithm is the
	// option's alg) and through jwk.Import; jwa algorithms are functions.
	{Name: "github.com/lestrrat-go/jwx/v3/jwt.WithKey", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v3", AlgParam: "alg"},
	{Name: "github.com/lestrrat-go/jwx/v3/jws.WithKey", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v3", AlgParam: "alg"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwk.Import", Param: "raw", Role: Key, Lib: "lestrrat-go/jwx/v3"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwt.ParseInsecure", Role: Unverified, Lib: "lestrrat-go/jwx/v3"},
	// WithVerify(false) turns signature verification off.
	{Name: "github.com/lestrrat-go/jwx/v3/jwt.WithVerify", Param: "v", Role: Unverified, Lib: "lestrrat-go/jwx/v3"},
	// jws.Parse splits a JWS without verifying it.
	{Name: "github.com/lestrrat-go/jwx/v3/jws.Parse", Role: Unverified, Lib: "lestrrat-go/jwx/v3"},
	{Name: "github.com/lestrrat-go/jwx/v3/jws.ParseString", Role: Unverified, Lib: "lestrrat-go/jwx/v3"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwt.WithInsecureNoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v3"},
	{Name: "github.com/lestrrat-go/jwx/v3/jws.WithInsecureNoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v3"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.NoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v3"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.HS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "HS256"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.HS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "HS384"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.HS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "HS512"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.RS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "RS256"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.RS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "RS384"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.RS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "RS512"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.PS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "PS256"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.PS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "PS384"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.PS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "PS512"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.ES256", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "ES256"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.ES384", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "ES384"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.ES512", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "ES512"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.EdDSA", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "EdDSA"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.ES256K", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "ES256K"},
	{Name: "github.com/lestrrat-go/jwx/v3/jwa.EdDSAEd25519", Role: AlgValue, Lib: "lestrrat-go/jwx/v3", Alg: "Ed25519"},

	// lestrrat-go/jwx/v4: keys enter through the WithKey options (the algorithm is the
	// option's alg) and through jwk.Import; jwa algorithms are functions.
	{Name: "github.com/lestrrat-go/jwx/v4/jwt.WithKey", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v4", AlgParam: "alg"},
	{Name: "github.com/lestrrat-go/jwx/v4/jws.WithKey", Param: "key", Role: Key, Lib: "lestrrat-go/jwx/v4", AlgParam: "alg"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwk.Import", Param: "raw", Role: Key, Lib: "lestrrat-go/jwx/v4"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwt.ParseInsecure", Role: Unverified, Lib: "lestrrat-go/jwx/v4"},
	// WithVerify(false) turns signature verification off.
	{Name: "github.com/lestrrat-go/jwx/v4/jwt.WithVerify", Param: "v", Role: Unverified, Lib: "lestrrat-go/jwx/v4"},
	// jws.Parse splits a JWS without verifying it.
	{Name: "github.com/lestrrat-go/jwx/v4/jws.Parse", Role: Unverified, Lib: "lestrrat-go/jwx/v4"},
	{Name: "github.com/lestrrat-go/jwx/v4/jws.ParseString", Role: Unverified, Lib: "lestrrat-go/jwx/v4"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwt.WithInsecureNoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v4"},
	{Name: "github.com/lestrrat-go/jwx/v4/jws.WithInsecureNoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v4"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.NoSignature", Role: NoneAlg, Lib: "lestrrat-go/jwx/v4"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.HS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "HS256"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.HS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "HS384"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.HS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "HS512"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.RS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "RS256"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.RS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "RS384"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.RS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "RS512"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.PS256", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "PS256"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.PS384", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "PS384"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.PS512", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "PS512"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.ES256", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "ES256"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.ES384", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "ES384"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.ES512", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "ES512"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.EdDSA", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "EdDSA"},
	{Name: "github.com/lestrrat-go/jwx/v4/jwa.EdDSAEd25519", Role: AlgValue, Lib: "lestrrat-go/jwx/v4", Alg: "Ed25519"},

	// go-jose/go-jose/v3: JSONWebSignature and JSONWebEncryption methods have value
	// receivers; JSONWebToken methods have pointer receivers.
	{Name: "github.com/go-jose/go-jose/v3.SigningKey.Key", Role: SignKey, Lib: "go-jose/go-jose/v3", AlgField: "Algorithm"},
	{Name: "github.com/go-jose/go-jose/v3.Recipient.Key", Role: Key, Lib: "go-jose/go-jose/v3", AlgField: "Algorithm"},
	{Name: "(github.com/go-jose/go-jose/v3.JSONWebSignature).Verify", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v3"},
	{Name: "(github.com/go-jose/go-jose/v3.JSONWebSignature).DetachedVerify", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v3"},
	{Name: "(github.com/go-jose/go-jose/v3.JSONWebSignature).VerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v3"},
	{Name: "(github.com/go-jose/go-jose/v3.JSONWebSignature).DetachedVerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v3"},
	{Name: "(github.com/go-jose/go-jose/v3.JSONWebSignature).UnsafePayloadWithoutVerification", Role: Unverified, Lib: "go-jose/go-jose/v3"},
	{Name: "(github.com/go-jose/go-jose/v3.JSONWebEncryption).Decrypt", Param: "decryptionKey", Role: Key, Lib: "go-jose/go-jose/v3"},
	{Name: "(*github.com/go-jose/go-jose/v3/jwt.JSONWebToken).Claims", Param: "key", Role: VerifyKey, Lib: "go-jose/go-jose/v3"},
	{Name: "(*github.com/go-jose/go-jose/v3/jwt.JSONWebToken).UnsafeClaimsWithoutVerification", Role: Unverified, Lib: "go-jose/go-jose/v3"},
	{Name: "(*github.com/go-jose/go-jose/v3/jwt.NestedJSONWebToken).Decrypt", Param: "decryptionKey", Role: Key, Lib: "go-jose/go-jose/v3"},
	{Name: "github.com/go-jose/go-jose/v3.HS256", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "HS256"},
	{Name: "github.com/go-jose/go-jose/v3.HS384", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "HS384"},
	{Name: "github.com/go-jose/go-jose/v3.HS512", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "HS512"},
	{Name: "github.com/go-jose/go-jose/v3.RS256", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "RS256"},
	{Name: "github.com/go-jose/go-jose/v3.RS384", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "RS384"},
	{Name: "github.com/go-jose/go-jose/v3.RS512", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "RS512"},
	{Name: "github.com/go-jose/go-jose/v3.PS256", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "PS256"},
	{Name: "github.com/go-jose/go-jose/v3.PS384", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "PS384"},
	{Name: "github.com/go-jose/go-jose/v3.PS512", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "PS512"},
	{Name: "github.com/go-jose/go-jose/v3.ES256", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "ES256"},
	{Name: "github.com/go-jose/go-jose/v3.ES384", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "ES384"},
	{Name: "github.com/go-jose/go-jose/v3.ES512", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "ES512"},
	{Name: "github.com/go-jose/go-jose/v3.EdDSA", Role: AlgValue, Lib: "go-jose/go-jose/v3", Alg: "EdDSA"},

	// go-jose/go-jose/v4: JSONWebSignature and JSONWebEncryption methods have value
	// receivers; JSONWebToken methods have pointer receivers.
	{Name: "github.com/go-jose/go-jose/v4.SigningKey.Key", Role: SignKey, Lib: "go-jose/go-jose/v4", AlgField: "Algorithm"},
	{Name: "github.com/go-jose/go-jose/v4.Recipient.Key", Role: Key, Lib: "go-jose/go-jose/v4", AlgField: "Algorithm"},
	{Name: "(github.com/go-jose/go-jose/v4.JSONWebSignature).Verify", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v4"},
	{Name: "(github.com/go-jose/go-jose/v4.JSONWebSignature).DetachedVerify", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v4"},
	{Name: "(github.com/go-jose/go-jose/v4.JSONWebSignature).VerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v4"},
	{Name: "(github.com/go-jose/go-jose/v4.JSONWebSignature).DetachedVerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: "go-jose/go-jose/v4"},
	{Name: "(github.com/go-jose/go-jose/v4.JSONWebSignature).UnsafePayloadWithoutVerification", Role: Unverified, Lib: "go-jose/go-jose/v4"},
	{Name: "(github.com/go-jose/go-jose/v4.JSONWebEncryption).Decrypt", Param: "decryptionKey", Role: Key, Lib: "go-jose/go-jose/v4"},
	{Name: "(*github.com/go-jose/go-jose/v4/jwt.JSONWebToken).Claims", Param: "key", Role: VerifyKey, Lib: "go-jose/go-jose/v4"},
	{Name: "(*github.com/go-jose/go-jose/v4/jwt.JSONWebToken).UnsafeClaimsWithoutVerification", Role: Unverified, Lib: "go-jose/go-jose/v4"},
	{Name: "(*github.com/go-jose/go-jose/v4/jwt.NestedJSONWebToken).Decrypt", Param: "decryptionKey", Role: Key, Lib: "go-jose/go-jose/v4"},
	// v4 parsers take the list of accepted algorithms.
	{Name: "github.com/go-jose/go-jose/v4.ParseSigned", Param: "signatureAlgorithms", Role: AlgWhitelist, Lib: "go-jose/go-jose/v4"},
	{Name: "github.com/go-jose/go-jose/v4.ParseSignedCompact", Param: "signatureAlgorithms", Role: AlgWhitelist, Lib: "go-jose/go-jose/v4"},
	{Name: "github.com/go-jose/go-jose/v4.ParseSignedJSON", Param: "signatureAlgorithms", Role: AlgWhitelist, Lib: "go-jose/go-jose/v4"},
	{Name: "github.com/go-jose/go-jose/v4/jwt.ParseSigned", Param: "signatureAlgorithms", Role: AlgWhitelist, Lib: "go-jose/go-jose/v4"},
	{Name: "github.com/go-jose/go-jose/v4/jwt.ParseSignedAndEncrypted", Param: "signatureAlgorithms", Role: AlgWhitelist, Lib: "go-jose/go-jose/v4"},
	{Name: "github.com/go-jose/go-jose/v4.HS256", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "HS256"},
	{Name: "github.com/go-jose/go-jose/v4.HS384", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "HS384"},
	{Name: "github.com/go-jose/go-jose/v4.HS512", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "HS512"},
	{Name: "github.com/go-jose/go-jose/v4.RS256", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "RS256"},
	{Name: "github.com/go-jose/go-jose/v4.RS384", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "RS384"},
	{Name: "github.com/go-jose/go-jose/v4.RS512", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "RS512"},
	{Name: "github.com/go-jose/go-jose/v4.PS256", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "PS256"},
	{Name: "github.com/go-jose/go-jose/v4.PS384", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "PS384"},
	{Name: "github.com/go-jose/go-jose/v4.PS512", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "PS512"},
	{Name: "github.com/go-jose/go-jose/v4.ES256", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "ES256"},
	{Name: "github.com/go-jose/go-jose/v4.ES384", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "ES384"},
	{Name: "github.com/go-jose/go-jose/v4.ES512", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "ES512"},
	{Name: "github.com/go-jose/go-jose/v4.EdDSA", Role: AlgValue, Lib: "go-jose/go-jose/v4", Alg: "EdDSA"},

	// square/go-jose.v2: JSONWebSignature and JSONWebEncryption methods have value
	// receivers; JSONWebToken methods have pointer receivers.
	{Name: "gopkg.in/square/go-jose.v2.SigningKey.Key", Role: SignKey, Lib: "square/go-jose.v2", AlgField: "Algorithm"},
	{Name: "gopkg.in/square/go-jose.v2.Recipient.Key", Role: Key, Lib: "square/go-jose.v2", AlgField: "Algorithm"},
	{Name: "(gopkg.in/square/go-jose.v2.JSONWebSignature).Verify", Param: "verificationKey", Role: VerifyKey, Lib: "square/go-jose.v2"},
	{Name: "(gopkg.in/square/go-jose.v2.JSONWebSignature).DetachedVerify", Param: "verificationKey", Role: VerifyKey, Lib: "square/go-jose.v2"},
	{Name: "(gopkg.in/square/go-jose.v2.JSONWebSignature).VerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: "square/go-jose.v2"},
	{Name: "(gopkg.in/square/go-jose.v2.JSONWebSignature).DetachedVerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: "square/go-jose.v2"},
	{Name: "(gopkg.in/square/go-jose.v2.JSONWebSignature).UnsafePayloadWithoutVerification", Role: Unverified, Lib: "square/go-jose.v2"},
	{Name: "(gopkg.in/square/go-jose.v2.JSONWebEncryption).Decrypt", Param: "decryptionKey", Role: Key, Lib: "square/go-jose.v2"},
	{Name: "(*gopkg.in/square/go-jose.v2/jwt.JSONWebToken).Claims", Param: "key", Role: VerifyKey, Lib: "square/go-jose.v2"},
	{Name: "(*gopkg.in/square/go-jose.v2/jwt.JSONWebToken).UnsafeClaimsWithoutVerification", Role: Unverified, Lib: "square/go-jose.v2"},
	{Name: "(*gopkg.in/square/go-jose.v2/jwt.NestedJSONWebToken).Decrypt", Param: "decryptionKey", Role: Key, Lib: "square/go-jose.v2"},
	{Name: "gopkg.in/square/go-jose.v2.HS256", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "HS256"},
	{Name: "gopkg.in/square/go-jose.v2.HS384", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "HS384"},
	{Name: "gopkg.in/square/go-jose.v2.HS512", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "HS512"},
	{Name: "gopkg.in/square/go-jose.v2.RS256", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "RS256"},
	{Name: "gopkg.in/square/go-jose.v2.RS384", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "RS384"},
	{Name: "gopkg.in/square/go-jose.v2.RS512", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "RS512"},
	{Name: "gopkg.in/square/go-jose.v2.PS256", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "PS256"},
	{Name: "gopkg.in/square/go-jose.v2.PS384", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "PS384"},
	{Name: "gopkg.in/square/go-jose.v2.PS512", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "PS512"},
	{Name: "gopkg.in/square/go-jose.v2.ES256", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "ES256"},
	{Name: "gopkg.in/square/go-jose.v2.ES384", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "ES384"},
	{Name: "gopkg.in/square/go-jose.v2.ES512", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "ES512"},
	{Name: "gopkg.in/square/go-jose.v2.EdDSA", Role: AlgValue, Lib: "square/go-jose.v2", Alg: "EdDSA"},

	// labstack/echo-jwt/v4: middleware that verifies tokens; SigningMethod defaults to HS256.
	{Name: "github.com/labstack/echo-jwt/v4.JWT", Param: "signingKey", Role: VerifyKey, Lib: "labstack/echo-jwt/v4", Alg: "HS256"},
	{Name: "github.com/labstack/echo-jwt/v4.Config.SigningKey", Role: VerifyKey, Lib: "labstack/echo-jwt/v4", Alg: "HS256", AlgField: "SigningMethod"},
	// SigningKeys maps a kid to a key: each map value is a key.
	{Name: "github.com/labstack/echo-jwt/v4.Config.SigningKeys", Role: VerifyKey, Lib: "labstack/echo-jwt/v4", Alg: "HS256", AlgField: "SigningMethod"},
	{Name: "github.com/labstack/echo-jwt/v4.Config.KeyFunc", Role: Keyfunc, Lib: "labstack/echo-jwt/v4"},
	{Name: "github.com/labstack/echo-jwt/v4.AlgorithmHS256", Role: AlgValue, Lib: "labstack/echo-jwt/v4", Alg: "HS256"},

	// labstack/echo/v4 middleware: the deprecated JWT middleware (echo v4.12.0 and earlier).
	{Name: "github.com/labstack/echo/v4/middleware.JWT", Param: "key", Role: VerifyKey, Lib: "labstack/echo/v4 middleware", Alg: "HS256"},
	{Name: "github.com/labstack/echo/v4/middleware.JWTConfig.SigningKey", Role: VerifyKey, Lib: "labstack/echo/v4 middleware", Alg: "HS256", AlgField: "SigningMethod"},
	{Name: "github.com/labstack/echo/v4/middleware.JWTConfig.SigningKeys", Role: VerifyKey, Lib: "labstack/echo/v4 middleware", Alg: "HS256", AlgField: "SigningMethod"},
	{Name: "github.com/labstack/echo/v4/middleware.JWTConfig.KeyFunc", Role: Keyfunc, Lib: "labstack/echo/v4 middleware"},
	{Name: "github.com/labstack/echo/v4/middleware.AlgorithmHS256", Role: AlgValue, Lib: "labstack/echo/v4 middleware", Alg: "HS256"},

	// gofiber/contrib/jwt: SigningKey{JWTAlg, Key}; an empty JWTAlg accepts any algorithm.
	// Config.SigningKeys is a map of SigningKey values, covered by SigningKey.Key.
	{Name: "github.com/gofiber/contrib/jwt.SigningKey.Key", Role: VerifyKey, Lib: "gofiber/contrib/jwt", AlgField: "JWTAlg"},
	{Name: "github.com/gofiber/contrib/jwt.Config.KeyFunc", Role: Keyfunc, Lib: "gofiber/contrib/jwt"},
	{Name: "github.com/gofiber/contrib/jwt.HS256", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "HS256"},
	{Name: "github.com/gofiber/contrib/jwt.HS384", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "HS384"},
	{Name: "github.com/gofiber/contrib/jwt.HS512", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "HS512"},
	{Name: "github.com/gofiber/contrib/jwt.RS256", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "RS256"},
	{Name: "github.com/gofiber/contrib/jwt.RS384", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "RS384"},
	{Name: "github.com/gofiber/contrib/jwt.RS512", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "RS512"},
	{Name: "github.com/gofiber/contrib/jwt.PS256", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "PS256"},
	{Name: "github.com/gofiber/contrib/jwt.PS384", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "PS384"},
	{Name: "github.com/gofiber/contrib/jwt.PS512", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "PS512"},
	{Name: "github.com/gofiber/contrib/jwt.ES256", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "ES256"},
	{Name: "github.com/gofiber/contrib/jwt.ES384", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "ES384"},
	{Name: "github.com/gofiber/contrib/jwt.ES512", Role: AlgValue, Lib: "gofiber/contrib/jwt", Alg: "ES512"},

	// gofiber/jwt/v3: SigningMethod defaults to HS256.
	{Name: "github.com/gofiber/jwt/v3.Config.SigningKey", Role: VerifyKey, Lib: "gofiber/jwt/v3", Alg: "HS256", AlgField: "SigningMethod"},
	{Name: "github.com/gofiber/jwt/v3.Config.SigningKeys", Role: VerifyKey, Lib: "gofiber/jwt/v3", Alg: "HS256", AlgField: "SigningMethod"},
	{Name: "github.com/gofiber/jwt/v3.Config.KeyFunc", Role: Keyfunc, Lib: "gofiber/jwt/v3"},
	{Name: "github.com/gofiber/jwt/v3.HS256", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "HS256"},
	{Name: "github.com/gofiber/jwt/v3.HS384", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "HS384"},
	{Name: "github.com/gofiber/jwt/v3.HS512", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "HS512"},
	{Name: "github.com/gofiber/jwt/v3.RS256", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "RS256"},
	{Name: "github.com/gofiber/jwt/v3.RS384", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "RS384"},
	{Name: "github.com/gofiber/jwt/v3.RS512", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "RS512"},
	{Name: "github.com/gofiber/jwt/v3.PS256", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "PS256"},
	{Name: "github.com/gofiber/jwt/v3.PS384", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "PS384"},
	{Name: "github.com/gofiber/jwt/v3.PS512", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "PS512"},
	{Name: "github.com/gofiber/jwt/v3.ES256", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "ES256"},
	{Name: "github.com/gofiber/jwt/v3.ES384", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "ES384"},
	{Name: "github.com/gofiber/jwt/v3.ES512", Role: AlgValue, Lib: "gofiber/jwt/v3", Alg: "ES512"},

	// gofiber/jwt/v2: SigningMethod defaults to HS256.
	{Name: "github.com/gofiber/jwt/v2.Config.SigningKey", Role: VerifyKey, Lib: "gofiber/jwt/v2", Alg: "HS256", AlgField: "SigningMethod"},
	{Name: "github.com/gofiber/jwt/v2.Config.SigningKeys", Role: VerifyKey, Lib: "gofiber/jwt/v2", Alg: "HS256", AlgField: "SigningMethod"},

	// appleboy/gin-jwt/v2: Key signs and verifies; SigningAlgorithm defaults to HS256;
	// PrivKeyBytes is a PEM private key for RS*.
	{Name: "github.com/appleboy/gin-jwt/v2.GinJWTMiddleware.Key", Role: Key, Lib: "appleboy/gin-jwt/v2", Alg: "HS256", AlgField: "SigningAlgorithm"},
	{Name: "github.com/appleboy/gin-jwt/v2.GinJWTMiddleware.PrivKeyBytes", Role: SignKey, Lib: "appleboy/gin-jwt/v2", AlgField: "SigningAlgorithm"},
	{Name: "github.com/appleboy/gin-jwt/v2.GinJWTMiddleware.KeyFunc", Role: Keyfunc, Lib: "appleboy/gin-jwt/v2"},
	{Name: "github.com/appleboy/gin-jwt/v2.GinJWTMiddleware.ParseOptions", Role: ParserOptions, Lib: "appleboy/gin-jwt/v2"},

	// hertz-contrib/jwt, gin-jwt ported to CloudWeGo Hertz: the same fields
	// (a miss of the real-world sweep: its example's Key was not reported).
	{Name: "github.com/hertz-contrib/jwt.HertzJWTMiddleware.Key", Role: Key, Lib: "hertz-contrib/jwt", Alg: "HS256", AlgField: "SigningAlgorithm"},
	{Name: "github.com/hertz-contrib/jwt.HertzJWTMiddleware.PrivKeyBytes", Role: SignKey, Lib: "hertz-contrib/jwt", AlgField: "SigningAlgorithm"},
	{Name: "github.com/hertz-contrib/jwt.HertzJWTMiddleware.KeyFunc", Role: Keyfunc, Lib: "hertz-contrib/jwt"},
	{Name: "github.com/hertz-contrib/jwt.HertzJWTMiddleware.ParseOptions", Role: ParserOptions, Lib: "hertz-contrib/jwt"},

	// go-chi/jwtauth/v5: New(alg, signKey, verifyKey); a nil verifyKey means signKey verifies.
	{Name: "github.com/go-chi/jwtauth/v5.New", Param: "signKey", Role: SignKey, Lib: "go-chi/jwtauth/v5", AlgParam: "alg"},
	{Name: "github.com/go-chi/jwtauth/v5.New", Param: "verifyKey", Role: VerifyKey, Lib: "go-chi/jwtauth/v5", AlgParam: "alg"},

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

	// cristalhq/jwt/v3: Parse and ParseString do not verify (ParseAndVerify does).
	{Name: "github.com/cristalhq/jwt/v3.NewSignerHS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewVerifierHS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewSignerRS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewVerifierRS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewSignerPS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewVerifierPS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewSignerES", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewVerifierES", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v3", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v3.NewSignerEdDSA", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v3", Alg: "EdDSA"},
	{Name: "github.com/cristalhq/jwt/v3.NewVerifierEdDSA", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v3", Alg: "EdDSA"},
	{Name: "github.com/cristalhq/jwt/v3.Parse", Role: Unverified, Lib: "cristalhq/jwt/v3"},
	{Name: "github.com/cristalhq/jwt/v3.ParseString", Role: Unverified, Lib: "cristalhq/jwt/v3"},
	{Name: "github.com/cristalhq/jwt/v3.HS256", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "HS256"},
	{Name: "github.com/cristalhq/jwt/v3.HS384", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "HS384"},
	{Name: "github.com/cristalhq/jwt/v3.HS512", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "HS512"},
	{Name: "github.com/cristalhq/jwt/v3.RS256", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "RS256"},
	{Name: "github.com/cristalhq/jwt/v3.RS384", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "RS384"},
	{Name: "github.com/cristalhq/jwt/v3.RS512", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "RS512"},
	{Name: "github.com/cristalhq/jwt/v3.PS256", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "PS256"},
	{Name: "github.com/cristalhq/jwt/v3.PS384", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "PS384"},
	{Name: "github.com/cristalhq/jwt/v3.PS512", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "PS512"},
	{Name: "github.com/cristalhq/jwt/v3.ES256", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "ES256"},
	{Name: "github.com/cristalhq/jwt/v3.ES384", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "ES384"},
	{Name: "github.com/cristalhq/jwt/v3.ES512", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "ES512"},
	{Name: "github.com/cristalhq/jwt/v3.EdDSA", Role: AlgValue, Lib: "cristalhq/jwt/v3", Alg: "EdDSA"},

	// cristalhq/jwt/v4: signers and verifiers take the algorithm first.
	{Name: "github.com/cristalhq/jwt/v4.NewSignerHS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewVerifierHS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewSignerRS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewVerifierRS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewSignerPS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewVerifierPS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewSignerES", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewVerifierES", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v4", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v4.NewSignerEdDSA", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v4", Alg: "EdDSA"},
	{Name: "github.com/cristalhq/jwt/v4.NewVerifierEdDSA", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v4", Alg: "EdDSA"},
	{Name: "github.com/cristalhq/jwt/v4.ParseNoVerify", Role: Unverified, Lib: "cristalhq/jwt/v4"},
	{Name: "github.com/cristalhq/jwt/v4.HS256", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "HS256"},
	{Name: "github.com/cristalhq/jwt/v4.HS384", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "HS384"},
	{Name: "github.com/cristalhq/jwt/v4.HS512", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "HS512"},
	{Name: "github.com/cristalhq/jwt/v4.RS256", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "RS256"},
	{Name: "github.com/cristalhq/jwt/v4.RS384", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "RS384"},
	{Name: "github.com/cristalhq/jwt/v4.RS512", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "RS512"},
	{Name: "github.com/cristalhq/jwt/v4.PS256", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "PS256"},
	{Name: "github.com/cristalhq/jwt/v4.PS384", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "PS384"},
	{Name: "github.com/cristalhq/jwt/v4.PS512", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "PS512"},
	{Name: "github.com/cristalhq/jwt/v4.ES256", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "ES256"},
	{Name: "github.com/cristalhq/jwt/v4.ES384", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "ES384"},
	{Name: "github.com/cristalhq/jwt/v4.ES512", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "ES512"},
	{Name: "github.com/cristalhq/jwt/v4.EdDSA", Role: AlgValue, Lib: "cristalhq/jwt/v4", Alg: "EdDSA"},

	// cristalhq/jwt/v5: signers and verifiers take the algorithm first.
	{Name: "github.com/cristalhq/jwt/v5.NewSignerHS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewVerifierHS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewSignerRS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewVerifierRS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewSignerPS", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewVerifierPS", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewSignerES", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewVerifierES", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v5", AlgParam: "alg"},
	{Name: "github.com/cristalhq/jwt/v5.NewSignerEdDSA", Param: "key", Role: SignKey, Lib: "cristalhq/jwt/v5", Alg: "EdDSA"},
	{Name: "github.com/cristalhq/jwt/v5.NewVerifierEdDSA", Param: "key", Role: VerifyKey, Lib: "cristalhq/jwt/v5", Alg: "EdDSA"},
	{Name: "github.com/cristalhq/jwt/v5.ParseNoVerify", Role: Unverified, Lib: "cristalhq/jwt/v5"},
	{Name: "github.com/cristalhq/jwt/v5.HS256", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "HS256"},
	{Name: "github.com/cristalhq/jwt/v5.HS384", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "HS384"},
	{Name: "github.com/cristalhq/jwt/v5.HS512", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "HS512"},
	{Name: "github.com/cristalhq/jwt/v5.RS256", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "RS256"},
	{Name: "github.com/cristalhq/jwt/v5.RS384", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "RS384"},
	{Name: "github.com/cristalhq/jwt/v5.RS512", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "RS512"},
	{Name: "github.com/cristalhq/jwt/v5.PS256", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "PS256"},
	{Name: "github.com/cristalhq/jwt/v5.PS384", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "PS384"},
	{Name: "github.com/cristalhq/jwt/v5.PS512", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "PS512"},
	{Name: "github.com/cristalhq/jwt/v5.ES256", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "ES256"},
	{Name: "github.com/cristalhq/jwt/v5.ES384", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "ES384"},
	{Name: "github.com/cristalhq/jwt/v5.ES512", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "ES512"},
	{Name: "github.com/cristalhq/jwt/v5.EdDSA", Role: AlgValue, Lib: "cristalhq/jwt/v5", Alg: "EdDSA"},

	// gbrlsnchs/jwt/v3: the constructor fixes the algorithm; None() signs unsigned tokens.
	{Name: "github.com/gbrlsnchs/jwt/v3.NewHS256", Param: "key", Role: Key, Lib: "gbrlsnchs/jwt/v3", Alg: "HS256"},
	{Name: "github.com/gbrlsnchs/jwt/v3.NewHS384", Param: "key", Role: Key, Lib: "gbrlsnchs/jwt/v3", Alg: "HS384"},
	{Name: "github.com/gbrlsnchs/jwt/v3.NewHS512", Param: "key", Role: Key, Lib: "gbrlsnchs/jwt/v3", Alg: "HS512"},
	{Name: "github.com/gbrlsnchs/jwt/v3.RSAPrivateKey", Param: "priv", Role: SignKey, Lib: "gbrlsnchs/jwt/v3"},
	{Name: "github.com/gbrlsnchs/jwt/v3.ECDSAPrivateKey", Param: "priv", Role: SignKey, Lib: "gbrlsnchs/jwt/v3"},
	{Name: "github.com/gbrlsnchs/jwt/v3.Ed25519PrivateKey", Param: "priv", Role: SignKey, Lib: "gbrlsnchs/jwt/v3"},
	{Name: "github.com/gbrlsnchs/jwt/v3.None", Role: NoneAlg, Lib: "gbrlsnchs/jwt/v3"},

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
