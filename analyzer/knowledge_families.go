package analyzer

import "slices"

// This file generates the rows of the library families: one library as
// users know it, published under several module paths and major versions
// that keep (most of) one API. Each family has one generator taking the
// import path, so a new major version or fork is one line in families()
// plus its stub and fixtures (testdata/src/libversions), never copied rows.

// A family is a library published under several import paths.
type family struct {
	// Name is the family as users know it.
	Name string
	// Versions are the covered import paths, newest first.
	Versions []familyVersion
}

// A familyVersion is one import path of a family and its rows.
type familyVersion struct {
	// Path is the import path of the library's root package.
	Path string
	// Major is the major version (or versions, "v1-v4") the path serves.
	Major string
	// Rows are the table rows of this version.
	Rows []API
}

// standardAlgs are the JWS algorithm names most libraries export as
// constants or variables of the same name.
var standardAlgs = []string{"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"}

// algValues returns AlgValue rows for the identifiers pkg.NAME naming the
// algorithm NAME, for each name.
func algValues(pkg, lib string, names ...string) []API {
	rows := make([]API, 0, len(names))
	for _, n := range names {
		rows = append(rows, API{Name: pkg + "." + n, Role: AlgValue, Lib: lib, Alg: n})
	}
	return rows
}

// families lists every family of the table with its versions.
func families() []family {
	gj := func(path, lib, major string, n int, ed bool) familyVersion {
		return familyVersion{path, major, slices.Concat(golangJWT(path, lib, n, ed), golangJWTVerify(path, lib))}
	}
	return []family{
		{"golang-jwt", []familyVersion{
			gj("github.com/golang-jwt/jwt/v5", "golang-jwt/jwt/v5", "v5", 5, true),
			gj("github.com/golang-jwt/jwt/v4", "golang-jwt/jwt/v4", "v4", 4, true),
			gj("github.com/golang-jwt/jwt", "golang-jwt/jwt", "v3", 3, true),
			gj("github.com/dgrijalva/jwt-go", "dgrijalva/jwt-go", "v1-v3", 3, false),
			gj("gopkg.in/dgrijalva/jwt-go.v3", "dgrijalva/jwt-go.v3", "v3", 3, false),
			gj("github.com/form3tech-oss/jwt-go", "form3tech-oss/jwt-go", "v3", 3, false),
		}},
		{"lestrrat-go/jwx", []familyVersion{
			{"github.com/lestrrat-go/jwx/v4", "v4", jwx("github.com/lestrrat-go/jwx/v4", "lestrrat-go/jwx/v4", 4)},
			{"github.com/lestrrat-go/jwx/v3", "v3", jwx("github.com/lestrrat-go/jwx/v3", "lestrrat-go/jwx/v3", 3)},
			{"github.com/lestrrat-go/jwx/v2", "v2", jwx("github.com/lestrrat-go/jwx/v2", "lestrrat-go/jwx/v2", 2)},
			{"github.com/lestrrat-go/jwx", "v1", jwx("github.com/lestrrat-go/jwx", "lestrrat-go/jwx", 1)},
		}},
		{"go-jose", []familyVersion{
			{"github.com/go-jose/go-jose/v4", "v4", goJose("github.com/go-jose/go-jose/v4", "go-jose/go-jose/v4", true)},
			{"github.com/go-jose/go-jose/v3", "v3", goJose("github.com/go-jose/go-jose/v3", "go-jose/go-jose/v3", false)},
			{"gopkg.in/go-jose/go-jose.v2", "v2", goJose("gopkg.in/go-jose/go-jose.v2", "go-jose/go-jose.v2", false)},
			{"gopkg.in/square/go-jose.v2", "v2", goJose("gopkg.in/square/go-jose.v2", "square/go-jose.v2", false)},
		}},
		{"cristalhq/jwt", []familyVersion{
			{"github.com/cristalhq/jwt/v5", "v5", cristalhq("github.com/cristalhq/jwt/v5", "cristalhq/jwt/v5", 5)},
			{"github.com/cristalhq/jwt/v4", "v4", cristalhq("github.com/cristalhq/jwt/v4", "cristalhq/jwt/v4", 4)},
			{"github.com/cristalhq/jwt/v3", "v3", cristalhq("github.com/cristalhq/jwt/v3", "cristalhq/jwt/v3", 3)},
			{"github.com/cristalhq/jwt/v2", "v2", cristalhq("github.com/cristalhq/jwt/v2", "cristalhq/jwt/v2", 2)},
			{"github.com/cristalhq/jwt", "v1", cristalhq("github.com/cristalhq/jwt", "cristalhq/jwt", 1)},
		}},
		{"gbrlsnchs/jwt", []familyVersion{
			{"github.com/gbrlsnchs/jwt/v3", "v3", gbrlsnchs("github.com/gbrlsnchs/jwt/v3", "gbrlsnchs/jwt/v3", 3)},
			{"github.com/gbrlsnchs/jwt/v2", "v2", gbrlsnchs("github.com/gbrlsnchs/jwt/v2", "gbrlsnchs/jwt/v2", 2)},
		}},
		{"echo", []familyVersion{
			{"github.com/labstack/echo-jwt/v5", "echo-jwt v5", echoConfig("github.com/labstack/echo-jwt/v5", "Config", "JWT", "signingKey", "labstack/echo-jwt/v5", true)},
			{"github.com/labstack/echo-jwt/v4", "echo-jwt v4", echoConfig("github.com/labstack/echo-jwt/v4", "Config", "JWT", "signingKey", "labstack/echo-jwt/v4", true)},
			{"github.com/labstack/echo/v4/middleware", "echo v4", echoConfig("github.com/labstack/echo/v4/middleware", "JWTConfig", "JWT", "key", "labstack/echo/v4 middleware", true)},
			{"github.com/labstack/echo/middleware", "echo v3", echoConfig("github.com/labstack/echo/middleware", "JWTConfig", "JWT", "key", "labstack/echo middleware", false)},
		}},
		{"gofiber", []familyVersion{
			{"github.com/gofiber/contrib/v3/jwt", "contrib v3", fiberSigningKey("github.com/gofiber/contrib/v3/jwt", "gofiber/contrib/v3/jwt")},
			{"github.com/gofiber/contrib/jwt", "contrib v1", fiberSigningKey("github.com/gofiber/contrib/jwt", "gofiber/contrib/jwt")},
			{"github.com/gofiber/jwt/v4", "v4", fiberSigningKey("github.com/gofiber/jwt/v4", "gofiber/jwt/v4")},
			{"github.com/gofiber/jwt/v3", "v3", fiberConfig("github.com/gofiber/jwt/v3", "gofiber/jwt/v3", true)},
			{"github.com/gofiber/jwt/v2", "v2", fiberConfig("github.com/gofiber/jwt/v2", "gofiber/jwt/v2", false)},
			{"github.com/gofiber/jwt", "v0", fiberConfig("github.com/gofiber/jwt", "gofiber/jwt", false)},
		}},
		{"gin-jwt", []familyVersion{
			{"github.com/appleboy/gin-jwt/v3", "v3", ginJWT("github.com/appleboy/gin-jwt/v3", "GinJWTMiddleware", "appleboy/gin-jwt/v3", "PrivKeyBytes", "KeyFunc", "ParseOptions")},
			{"github.com/appleboy/gin-jwt/v2", "v2", ginJWT("github.com/appleboy/gin-jwt/v2", "GinJWTMiddleware", "appleboy/gin-jwt/v2", "PrivKeyBytes", "KeyFunc", "ParseOptions")},
			{"github.com/appleboy/gin-jwt", "v1-v2.6", ginJWT("github.com/appleboy/gin-jwt", "GinJWTMiddleware", "appleboy/gin-jwt")},
			{"github.com/hertz-contrib/jwt", "v1", ginJWT("github.com/hertz-contrib/jwt", "HertzJWTMiddleware", "hertz-contrib/jwt", "PrivKeyBytes", "KeyFunc", "ParseOptions")},
			{"github.com/gogf/gf-jwt/v2", "v2", ginJWT("github.com/gogf/gf-jwt/v2", "GfJWTMiddleware", "gogf/gf-jwt/v2", "PrivKeyBytes", "KeyFunc")},
			{"github.com/gogf/gf-jwt", "v1", ginJWT("github.com/gogf/gf-jwt", "GfJWTMiddleware", "gogf/gf-jwt")},
		}},
		{"go-pkgz/auth", []familyVersion{
			{"github.com/go-pkgz/auth/v2", "v2", goPkgzAuth("github.com/go-pkgz/auth/v2", "go-pkgz/auth/v2")},
			{"github.com/go-pkgz/auth", "v1", goPkgzAuth("github.com/go-pkgz/auth", "go-pkgz/auth")},
		}},
		{"iris-contrib/middleware", []familyVersion{
			{"github.com/iris-contrib/middleware/jwt", "v12", irisContrib("github.com/iris-contrib/middleware/jwt", "iris-contrib/middleware/jwt")},
		}},
		{"go-kratos/kratos", []familyVersion{
			{"github.com/go-kratos/kratos/v2", "v2", kratos("github.com/go-kratos/kratos/v2/middleware/auth/jwt", "go-kratos/kratos/v2 middleware/auth/jwt")},
		}},
		{"auth0/go-jwt-middleware", []familyVersion{
			{"github.com/auth0/go-jwt-middleware/v3", "v3", auth0v3("github.com/auth0/go-jwt-middleware/v3/validator", "auth0/go-jwt-middleware/v3")},
			{"github.com/auth0/go-jwt-middleware/v2", "v2", auth0("github.com/auth0/go-jwt-middleware/v2/validator", "auth0/go-jwt-middleware/v2")},
			{"github.com/auth0/go-jwt-middleware", "v1", auth0v1("github.com/auth0/go-jwt-middleware", "auth0/go-jwt-middleware")},
		}},
		{"go-chi/jwtauth", []familyVersion{
			{"github.com/go-chi/jwtauth/v5", "v5", jwtauth("github.com/go-chi/jwtauth/v5", "go-chi/jwtauth/v5")},
			{"github.com/go-chi/jwtauth", "v1-v4", jwtauth("github.com/go-chi/jwtauth", "go-chi/jwtauth")},
		}},
	}
}

// familyRows returns the rows of every family.
func familyRows() [][]API {
	var out [][]API
	for _, f := range families() {
		for _, v := range f.Versions {
			out = append(out, v.Rows)
		}
	}
	return out
}

// jwx returns the rows of lestrrat-go/jwx at path, major version major. v1
// takes the algorithm and key as arguments of Sign, Verify and
// jwt.WithVerify; v2 and later pass them in the WithKey options (the
// algorithm is the option's alg); v2 imports raw keys with jwk.FromRaw, v3
// and later with jwk.Import. v1's jwt.Parse verifies only when an option
// gives it a key; v2's and later verify unless told WithVerify(false).
func jwx(path, lib string, major int) []API {
	jwt, jws, jwk, jwa := path+"/jwt", path+"/jws", path+"/jwk", path+"/jwa"
	var rows []API
	if major == 1 {
		rows = []API{
			{Name: jwt + ".Sign", Param: "key", Role: SignKey, Lib: lib, AlgParam: "alg"},
			{Name: jws + ".Sign", Param: "key", Role: SignKey, Lib: lib, AlgParam: "alg"},
			{Name: jwt + ".WithVerify", Param: "key", Role: VerifyKey, Lib: lib, AlgParam: "alg"},
			{Name: jws + ".Verify", Param: "key", Role: VerifyKey, Lib: lib, AlgParam: "alg"},
			{Name: jwk + ".New", Param: "key", Role: Key, Lib: lib},
			// jws.Parse splits a JWS without verifying it.
			{Name: jws + ".Parse", Role: Unverified, Lib: lib},
			{Name: jws + ".ParseString", Role: Unverified, Lib: lib},
			{Name: jws + ".ParseReader", Role: Unverified, Lib: lib},
			{Name: jwa + ".NoSignature", Role: NoneAlg, Lib: lib},
		}
		// jwt.Parse verifies only when an option gives it a key (or has it
		// fetch the keys, WithVerifyAuto); given none it decodes any token.
		for _, f := range []string{"Parse", "ParseString", "ParseReader", "ParseHeader", "ParseForm", "ParseRequest"} {
			rows = append(rows, API{Name: jwt + "." + f, Param: "options", Role: KeyedParse, Lib: lib})
		}
		for _, f := range []string{"WithVerify", "WithKeySet", "WithKeySetProvider", "WithVerifyAuto"} {
			rows = append(rows, API{Name: jwt + "." + f, Role: KeyOption, Lib: lib})
		}
	} else {
		rows = []API{
			{Name: jwt + ".WithKey", Param: "key", Role: Key, Lib: lib, AlgParam: "alg"},
			{Name: jws + ".WithKey", Param: "key", Role: Key, Lib: lib, AlgParam: "alg"},
			{Name: jwt + ".ParseInsecure", Role: Unverified, Lib: lib},
			// WithVerify(false) turns signature verification off.
			{Name: jwt + ".WithVerify", Param: "v", Role: Unverified, Lib: lib},
			// jws.Parse splits a JWS without verifying it.
			{Name: jws + ".Parse", Role: Unverified, Lib: lib},
			{Name: jws + ".ParseString", Role: Unverified, Lib: lib},
			{Name: jwt + ".WithInsecureNoSignature", Role: NoneAlg, Lib: lib},
			{Name: jws + ".WithInsecureNoSignature", Role: NoneAlg, Lib: lib},
			{Name: jwa + ".NoSignature", Role: NoneAlg, Lib: lib},
		}
		if major == 2 {
			rows = append(rows, API{Name: jwk + ".FromRaw", Param: "key", Role: Key, Lib: lib})
		} else {
			rows = append(rows, API{Name: jwk + ".Import", Param: "raw", Role: Key, Lib: lib})
		}
	}
	if major >= 2 {
		// v1's jwk.ParseKey is the same, but its option types would take
		// most of v1's jwk into the stub: not covered.
		rows = append(rows, API{Name: jwk + ".ParseKey", Param: "data", Role: KeyParser, Lib: lib})
	}
	rows = append(rows, algValues(jwa, lib, append(slices.Clone(standardAlgs), "EdDSA")...)...)
	if major < 4 {
		rows = append(rows, algValues(jwa, lib, "ES256K")...)
	}
	if major >= 3 {
		rows = append(rows, API{Name: jwa + ".EdDSAEd25519", Role: AlgValue, Lib: lib, Alg: "Ed25519"})
	}
	return rows
}

// goJose returns the rows of go-jose at path (v2 under gopkg.in, v3, v4).
// JSONWebSignature and JSONWebEncryption methods have value receivers;
// JSONWebToken methods have pointer receivers. v4's parsers take the list
// of accepted algorithms (algList); earlier versions parse any algorithm
// the token names.
func goJose(path, lib string, algList bool) []API {
	jws, jwt := "("+path+".JSONWebSignature)", "(*"+path+"/jwt.JSONWebToken)"
	rows := []API{
		{Name: path + ".SigningKey.Key", Role: SignKey, Lib: lib, AlgField: "Algorithm"},
		{Name: path + ".Recipient.Key", Role: Key, Lib: lib, AlgField: "Algorithm"},
		{Name: jws + ".Verify", Param: "verificationKey", Role: VerifyKey, Lib: lib},
		{Name: jws + ".DetachedVerify", Param: "verificationKey", Role: VerifyKey, Lib: lib},
		{Name: jws + ".VerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: lib},
		{Name: jws + ".DetachedVerifyMulti", Param: "verificationKey", Role: VerifyKey, Lib: lib},
		{Name: jws + ".UnsafePayloadWithoutVerification", Role: Unverified, Lib: lib},
		{Name: "(" + path + ".JSONWebEncryption).Decrypt", Param: "decryptionKey", Role: Key, Lib: lib},
		{Name: jwt + ".Claims", Param: "key", Role: VerifyKey, Lib: lib},
		{Name: jwt + ".UnsafeClaimsWithoutVerification", Role: Unverified, Lib: lib},
		{Name: "(*" + path + "/jwt.NestedJSONWebToken).Decrypt", Param: "decryptionKey", Role: Key, Lib: lib},
	}
	if algList {
		for _, f := range []string{path + ".ParseSigned", path + ".ParseSignedCompact", path + ".ParseSignedJSON", path + "/jwt.ParseSigned", path + "/jwt.ParseSignedAndEncrypted"} {
			rows = append(rows, API{Name: f, Param: "signatureAlgorithms", Role: AlgWhitelist, Lib: lib})
		}
	} else {
		for _, f := range []string{path + ".ParseSigned", path + "/jwt.ParseSigned", path + "/jwt.ParseSignedAndEncrypted"} {
			rows = append(rows, API{Name: f, Role: AnyAlgParse, Lib: lib})
		}
	}
	return append(rows, algValues(path, lib, append(slices.Clone(standardAlgs), "EdDSA")...)...)
}

// cristalhq returns the rows of cristalhq/jwt at path. v1 has one
// constructor per algorithm taking both keys (NewHS256(key),
// NewRS256(publicKey, privateKey)) and NewNoEncrypt for alg none; v2 and
// later have signers and verifiers taking the algorithm first. v1 to v3
// Parse and ParseString do not verify (ParseAndVerify does); v4 and later
// call that ParseNoVerify.
func cristalhq(path, lib string, major int) []API {
	var rows []API
	if major == 1 {
		for _, a := range []string{"HS256", "HS384", "HS512"} {
			rows = append(rows, API{Name: path + ".New" + a, Param: "key", Role: Key, Lib: lib, Alg: a})
		}
		for _, a := range []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"} {
			rows = append(rows,
				API{Name: path + ".New" + a, Param: "privateKey", Role: SignKey, Lib: lib, Alg: a},
				API{Name: path + ".New" + a, Param: "publicKey", Role: VerifyKey, Lib: lib, Alg: a})
		}
		rows = append(rows,
			API{Name: path + ".NewEdDSA", Param: "privateKey", Role: SignKey, Lib: lib, Alg: "EdDSA"},
			API{Name: path + ".NewEdDSA", Param: "publicKey", Role: VerifyKey, Lib: lib, Alg: "EdDSA"},
			API{Name: path + ".NewNoEncrypt", Role: NoneAlg, Lib: lib})
	} else {
		for _, k := range []string{"HS", "RS", "PS", "ES"} {
			rows = append(rows,
				API{Name: path + ".NewSigner" + k, Param: "key", Role: SignKey, Lib: lib, AlgParam: "alg"},
				API{Name: path + ".NewVerifier" + k, Param: "key", Role: VerifyKey, Lib: lib, AlgParam: "alg"})
		}
		rows = append(rows,
			API{Name: path + ".NewSignerEdDSA", Param: "key", Role: SignKey, Lib: lib, Alg: "EdDSA"},
			API{Name: path + ".NewVerifierEdDSA", Param: "key", Role: VerifyKey, Lib: lib, Alg: "EdDSA"})
	}
	if major <= 3 {
		rows = append(rows,
			API{Name: path + ".Parse", Role: Unverified, Lib: lib},
			API{Name: path + ".ParseString", Role: Unverified, Lib: lib})
	} else {
		rows = append(rows, API{Name: path + ".ParseNoVerify", Role: Unverified, Lib: lib})
	}
	if major >= 2 {
		rows = append(rows, algValues(path, lib, append(slices.Clone(standardAlgs), "EdDSA")...)...)
	}
	return rows
}

// gbrlsnchs returns the rows of gbrlsnchs/jwt at path: the constructor
// fixes the algorithm; None() signs unsigned tokens. v2's HMAC key is a
// string and its RSA and ECDSA constructors take the private key first; v3
// takes options (RSAPrivateKey(priv)).
func gbrlsnchs(path, lib string, major int) []API {
	var rows []API
	for _, a := range []string{"HS256", "HS384", "HS512"} {
		rows = append(rows, API{Name: path + ".New" + a, Param: "key", Role: Key, Lib: lib, Alg: a})
	}
	if major == 2 {
		for _, a := range []string{"RS256", "RS384", "RS512", "ES256", "ES384", "ES512"} {
			rows = append(rows, API{Name: path + ".New" + a, Param: "priv", Role: SignKey, Lib: lib, Alg: a})
		}
	} else {
		rows = append(rows,
			API{Name: path + ".RSAPrivateKey", Param: "priv", Role: SignKey, Lib: lib},
			API{Name: path + ".ECDSAPrivateKey", Param: "priv", Role: SignKey, Lib: lib},
			API{Name: path + ".Ed25519PrivateKey", Param: "priv", Role: SignKey, Lib: lib})
	}
	return append(rows, API{Name: path + ".None", Role: NoneAlg, Lib: lib})
}

// echoConfig returns the rows of echo's JWT middleware configuration: echo
// v3 and v4's own middleware.JWTConfig and echo-jwt's Config. The
// middleware verifies tokens; SigningMethod defaults to HS256. Since echo
// v3.3.6 and in echo-jwt the configuration also takes SigningKeys (a kid to
// key map: each map value is a key) and a KeyFunc (keyed).
func echoConfig(path, config, fn, param, lib string, keyed bool) []API {
	cfg := path + "." + config
	rows := []API{
		{Name: path + "." + fn, Param: param, Role: VerifyKey, Lib: lib, Alg: "HS256"},
		{Name: cfg + ".SigningKey", Role: VerifyKey, Lib: lib, Alg: "HS256", AlgField: "SigningMethod"},
		{Name: path + ".AlgorithmHS256", Role: AlgValue, Lib: lib, Alg: "HS256"},
	}
	if keyed {
		rows = append(rows,
			API{Name: cfg + ".SigningKeys", Role: VerifyKey, Lib: lib, Alg: "HS256", AlgField: "SigningMethod"},
			API{Name: cfg + ".KeyFunc", Role: Keyfunc, Lib: lib})
	}
	return rows
}

// fiberConfig returns the rows of gofiber/jwt v0 to v3, whose Config holds
// SigningKey, SigningKeys and SigningMethod (default HS256); v3 adds
// KeyFunc and algorithm constants (v3).
func fiberConfig(path, lib string, v3 bool) []API {
	rows := []API{
		{Name: path + ".Config.SigningKey", Role: VerifyKey, Lib: lib, Alg: "HS256", AlgField: "SigningMethod"},
		{Name: path + ".Config.SigningKeys", Role: VerifyKey, Lib: lib, Alg: "HS256", AlgField: "SigningMethod"},
	}
	if v3 {
		rows = append(rows, API{Name: path + ".Config.KeyFunc", Role: Keyfunc, Lib: lib})
		rows = append(rows, algValues(path, lib, standardAlgs...)...)
	}
	return rows
}

// fiberSigningKey returns the rows of gofiber/jwt v4 and gofiber/contrib's
// jwt (v1 for fiber v2, v3 for fiber v3): SigningKey{JWTAlg, Key}; an empty
// JWTAlg accepts any algorithm. Config.SigningKeys is a map of SigningKey
// values, covered by SigningKey.Key.
func fiberSigningKey(path, lib string) []API {
	rows := []API{
		{Name: path + ".SigningKey.Key", Role: VerifyKey, Lib: lib, AlgField: "JWTAlg"},
		{Name: path + ".SigningKey.JWTAlg", Role: OptionalAlg, Lib: lib},
		{Name: path + ".Config.KeyFunc", Role: Keyfunc, Lib: lib},
	}
	return append(rows, algValues(path, lib, standardAlgs...)...)
}

// ginJWT returns the rows of appleboy/gin-jwt and its ports (hertz-contrib,
// gogf/gf-jwt), whose middleware struct typ holds the settings: Key signs
// and verifies; SigningAlgorithm defaults to HS256. Later versions add
// some of the fields named in extra: PrivKeyBytes (a PEM private key for
// RS*), KeyFunc and ParseOptions.
func ginJWT(path, typ, lib string, extra ...string) []API {
	mw := path + "." + typ
	rows := []API{
		{Name: mw + ".Key", Role: Key, Lib: lib, Alg: "HS256", AlgField: "SigningAlgorithm"},
	}
	for _, f := range extra {
		switch f {
		case "PrivKeyBytes":
			rows = append(rows, API{Name: mw + ".PrivKeyBytes", Role: SignKey, Lib: lib, AlgField: "SigningAlgorithm"})
		case "KeyFunc":
			rows = append(rows, API{Name: mw + ".KeyFunc", Role: Keyfunc, Lib: lib})
		case "ParseOptions":
			rows = append(rows, API{Name: mw + ".ParseOptions", Role: ParserOptions, Lib: lib})
		}
	}
	return rows
}

// jwtauth returns the rows of go-chi/jwtauth: New(alg, signKey,
// verifyKey); a nil verifyKey means signKey verifies.
func jwtauth(path, lib string) []API {
	return []API{
		{Name: path + ".New", Param: "signKey", Role: SignKey, Lib: lib, AlgParam: "alg"},
		{Name: path + ".New", Param: "verifyKey", Role: VerifyKey, Lib: lib, AlgParam: "alg"},
	}
}

// goPkgzAuth returns the rows of go-pkgz/auth: the HMAC secret is what the
// SecretReader (a token.Secret, usually a token.SecretFunc) returns, in
// auth.Opts and token.Opts. The library signs and verifies HS256 only and
// checks the token's method itself (Alg), so a custom SecretReader is no
// missing algorithm check.
func goPkgzAuth(path, lib string) []API {
	return []API{
		{Name: path + ".Opts.SecretReader", Role: Keyfunc, Lib: lib, Alg: "HS256"},
		{Name: path + "/token.Opts.SecretReader", Role: Keyfunc, Lib: lib, Alg: "HS256"},
	}
}

// kratos returns the rows of go-kratos/kratos's JWT middleware at path:
// Server verifies with the keyfunc's key and rejects tokens whose method
// is not its signing method (HS256 unless WithSigningMethod); Client signs
// with the key its keyProvider returns.
func kratos(path, lib string) []API {
	return []API{
		{Name: path + ".Server", Param: "keyFunc", Role: Keyfunc, Lib: lib, Alg: "HS256"},
		{Name: path + ".Client", Param: "keyProvider", Role: Keyfunc, Lib: lib, Alg: "HS256"},
	}
}

// auth0 returns the rows of auth0/go-jwt-middleware v2's validator at path:
// New's keyFunc returns the verification key for the signatureAlgorithm,
// which the validator enforces.
func auth0(path, lib string) []API {
	rows := []API{
		{Name: path + ".New", Param: "keyFunc", Role: Keyfunc, Lib: lib, AlgParam: "signatureAlgorithm"},
	}
	return append(rows, algValues(path, lib, "HS256", "HS384", "HS512", "RS256")...)
}

// irisContrib returns the rows of iris-contrib/middleware/jwt, a
// golang-jwt/jwt/v4 wrapper for iris: the key is what
// Config.ValidationKeyGetter returns. The middleware compares the token's
// alg with Config.SigningMethod when it is set; the row says the library
// checks (Alg, the usual HS256) so that a custom keyfunc is not reported as
// a missing check when SigningMethod is set (a miss when it is not). Its
// SigningMethod variables hold golang-jwt's.
func irisContrib(path, lib string) []API {
	rows := []API{
		{Name: path + ".Config.ValidationKeyGetter", Role: Keyfunc, Lib: lib, Alg: "HS256", AlgField: "SigningMethod"},
	}
	for _, alg := range []string{"HS256", "HS384", "HS512", "ES256", "ES384", "ES512"} {
		rows = append(rows, API{Name: path + ".SigningMethod" + alg, Role: AlgValue, Lib: lib, Alg: alg})
	}
	return rows
}

// auth0v3 returns the rows of auth0/go-jwt-middleware v3's validator at
// path: the key is what the WithKeyFunc option's keyFunc returns; the
// validator enforces the algorithms of WithAlgorithm (Alg: it checks).
func auth0v3(path, lib string) []API {
	rows := []API{
		{Name: path + ".WithKeyFunc", Param: "keyFunc", Role: Keyfunc, Lib: lib, Alg: "HS256"},
	}
	return append(rows, algValues(path, lib, "HS256", "HS384", "HS512", "RS256")...)
}

// auth0v1 returns the rows of auth0/go-jwt-middleware v1, on
// form3tech-oss/jwt-go: the key is what Options.ValidationKeyGetter
// returns. Like iris-contrib's, the middleware compares the token's alg
// with Options.SigningMethod when it is set (see irisContrib).
func auth0v1(path, lib string) []API {
	return []API{
		{Name: path + ".Options.ValidationKeyGetter", Role: Keyfunc, Lib: lib, Alg: "HS256", AlgField: "SigningMethod"},
	}
}
