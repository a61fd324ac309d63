package scan

// Rule describes one kind of finding. The README's rule list, SARIF rule
// metadata and "jwtlint scan -explain ID" all come from these values.
type Rule struct {
	ID       string
	Title    string // lower case, no period
	Doc      string // why it is dangerous and what to do instead
	Bad      string // an example that is reported
	Good     string // the fix
	CWE      string
	Severity string // SARIF level: error or warning
	Score    string // SARIF security-severity (CVSS-like, 0-10)
}

// Rule IDs, as in gitleaks' RuleID field.
const (
	RuleWeakSecret      = "weak-secret"
	RuleShortSecret     = "short-secret"
	RuleCommittedSecret = "committed-secret"
	RuleCrackedToken    = "cracked-token"
)

// Rules returns the scanner's rules in report order.
func Rules() []Rule {
	return []Rule{
		{
			ID:    RuleWeakSecret,
			Title: "guessable JWT secret",
			Doc: "A JWT signing secret that an attacker guesses first: a framework default or tutorial value " +
				"(jwt.io's your-256-bit-secret, changeme), a word from the word list, words with digits or a year " +
				"(myapp2026), a keyboard walk, repeated characters, or fewer than 64 bits of estimated entropy. " +
				"Whoever guesses it can sign tokens for any user. Generate a random secret with `jwtlint gen` and keep it " +
				"out of git.",
			Bad:      "JWT_SECRET=changeme",
			Good:     "JWT_SECRET=$(jwtlint gen --alg HS256)  # 32 random bytes, hex",
			CWE:      "CWE-521",
			Severity: "error",
			Score:    "9.1",
		},
		{
			ID:    RuleShortSecret,
			Title: "JWT secret shorter than its algorithm requires",
			Doc: "RFC 7518 section 3.2 requires an HMAC key at least as long as the hash: 256 bits for HS256, 384 for " +
				"HS384, 512 for HS512. Bits are counted by encoding: a hex character carries 4 bits, a base64 one 6, so " +
				"a 64-character hex secret holds 256 bits, too few for HS512. The algorithm is the one named next to the " +
				"secret (JWT_ALGORITHM, algorithm:), HS256 otherwise.",
			Bad:      "JWT_ALGORITHM=HS512\nJWT_SECRET=<64 hex characters>",
			Good:     "JWT_SECRET=$(jwtlint gen --alg HS512)",
			CWE:      "CWE-326",
			Severity: "warning",
			Score:    "5.9",
		},
		{
			ID:    RuleCommittedSecret,
			Title: "JWT secret committed to git",
			Doc: "A JWT secret, however strong, that is or was in a file tracked by git is known to everyone who has or " +
				"had a clone, fork or backup of the repository, forever. Untrack the file (git rm --cached, .gitignore) or " +
				"move the secret out of it (the environment, a secret manager), and rotate the secret where it is deployed " +
				"with one from jwtlint gen, without keeping the old one as NAME_PREVIOUS: it is leaked. A secret only staged, " +
				"or only in the work tree of a tracked file, was never committed: untracking the file and a new value are " +
				"enough. Untracked, ignored files such as a local .env are not reported. A PEM private key is reported the same " +
				"way where the repository's Go code reads it (os.ReadFile, os.Open, go:embed) in a function that parses a " +
				"private key for its JWTs (ParseRSAPrivateKeyFromPEM, x509.ParsePKCS8PrivateKey, jwk.ParseKey): anyone with " +
				"a clone can sign tokens; remove it from the repository and its history, load it from a secret store and " +
				"rotate the key pair.",
			Bad:      "git add .env  # JWT_SECRET=<random>",
			Good:     "git rm --cached .env && echo /.env >> .gitignore  # then rotate JWT_SECRET where it is deployed: jwtlint gen",
			CWE:      "CWE-540",
			Severity: "error",
			Score:    "7.5",
		},
		{
			ID:    RuleCrackedToken,
			Title: "JWT signed with a guessable secret",
			Doc: "An HS256/HS384/HS512 token whose signature verifies with a guessable secret: one of the built-in " +
				"dictionary, the --wordlist, or any secret value found elsewhere in the same scan. Anyone can forge " +
				"tokens the service accepts. Rotate the secret and revoke tokens signed with it. A committed token that " +
				"verifies with a strong secret found in the scan is reported as a live token signed with the real key, " +
				"which anyone with a clone can present until it expires; uncommitted or expired, it is not reported.",
			Bad:      "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9... (signed with \"secret\")",
			Good:     "sign with a secret from `jwtlint gen`",
			CWE:      "CWE-798",
			Severity: "error",
			Score:    "9.8",
		},
	}
}

func ruleByID(id string) (Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}
