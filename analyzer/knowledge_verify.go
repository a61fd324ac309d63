package analyzer

// Roles the verification rules (missing-alg-check, unverified-parse,
// none-alg) need beyond the key roles. They are numbered apart from the main
// block in knowledge.go so that both lists can grow independently.
const (
	// TokenMethod is the field of a parsed token holding the signing method
	// the token names: a keyfunc that inspects it checks the algorithm.
	TokenMethod Role = iota + 100
	// TokenHeader is the field of a parsed token holding its header, whose
	// "alg" entry names the algorithm.
	TokenHeader
	// ParserValue is an option carrying a parser (its parameter), whose
	// algorithm whitelist then applies (golang-jwt request.WithParser).
	ParserValue
	// AnyAlgParse parses a token that may name any algorithm, with no way
	// to restrict the list (go-jose v3 ParseSigned).
	AnyAlgParse
	// OptionalAlg is a struct field naming the algorithm of the key field
	// beside it which, left empty, accepts any algorithm the token names
	// (Fiber SigningKey.JWTAlg).
	OptionalAlg
	// KeyedParse parses a token, verifying its signature only when its
	// options (Param) hold a KeyOption; given none it parses without
	// verifying (jwx v1 jwt.Parse).
	KeyedParse
	// KeyOption is a parse option that gives a KeyedParse the key to verify
	// with (jwx v1 jwt.WithVerify, WithKeySet).
	KeyOption
)

// golangJWTVerify returns the verification rows shared by golang-jwt/jwt
// v3, v4 and v5 and its forks.
func golangJWTVerify(path, lib string) []API {
	return []API{
		{Name: path + ".Token.Method", Role: TokenMethod, Lib: lib},
		{Name: path + ".Token.Header", Role: TokenHeader, Lib: lib},
		// request.ParseFromRequest's options may carry a parser
		// (WithParser) whose ValidMethods then apply.
		{Name: path + "/request.ParseFromRequest", Param: "options", Role: ParserOptions, Lib: lib},
		{Name: path + "/request.WithParser", Param: "parser", Role: ParserValue, Lib: lib},
	}
}
