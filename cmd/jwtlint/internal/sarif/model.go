package sarif

// The SARIF 2.1.0 objects jwtlint writes, for the analyzer's log ("jwtlint
// sarif") and the scanner's ("jwtlint scan --format sarif") alike.
type (
	Log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []Run  `json:"runs"`
	}
	Run struct {
		Tool              Tool                   `json:"tool"`
		Invocations       []Invocation           `json:"invocations"`
		OriginalURIBaseID map[string]ArtifactLoc `json:"originalUriBaseIds,omitempty"`
		Results           []Result               `json:"results"`
		ColumnKind        string                 `json:"columnKind"`
	}
	Tool struct {
		Driver Driver `json:"driver"`
	}
	Driver struct {
		Name           string `json:"name"`
		Version        string `json:"version"`
		InformationURI string `json:"informationUri"`
		Rules          []Rule `json:"rules"`
	}
	Rule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     Message        `json:"shortDescription"`
		FullDescription      Message        `json:"fullDescription"`
		Help                 Message        `json:"help"`
		HelpURI              string         `json:"helpUri"`
		DefaultConfiguration Configuration  `json:"defaultConfiguration"`
		Properties           RuleProperties `json:"properties"`
	}
	Configuration struct {
		Level string `json:"level"`
	}
	RuleProperties struct {
		Tags []string `json:"tags"`
		// SecuritySeverity is the score GitHub code scanning ranks
		// security alerts by: a number in a string.
		SecuritySeverity string `json:"security-severity"`
		ProblemSeverity  string `json:"problem.severity"`
		Precision        string `json:"precision"`
		CWE              string `json:"cwe,omitempty"`
	}
	Message struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	Invocation struct {
		ExecutionSuccessful bool           `json:"executionSuccessful"`
		Notifications       []Notification `json:"toolExecutionNotifications,omitempty"`
	}
	Notification struct {
		Level   string  `json:"level"`
		Message Message `json:"message"`
	}
	Result struct {
		RuleID           string     `json:"ruleId"`
		RuleIndex        int        `json:"ruleIndex"`
		Level            string     `json:"level"`
		Message          Message    `json:"message"`
		Locations        []Location `json:"locations"`
		RelatedLocations []Location `json:"relatedLocations,omitempty"`
		Fixes            []Fix      `json:"fixes,omitempty"`
		// PartialFingerprints identify a result across runs for code
		// scanning's alert tracking.
		PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
		Properties          map[string]any    `json:"properties,omitempty"`
	}
	Location struct {
		ID               *int             `json:"id,omitempty"`
		PhysicalLocation PhysicalLocation `json:"physicalLocation"`
		Message          *Message         `json:"message,omitempty"`
	}
	PhysicalLocation struct {
		ArtifactLocation ArtifactLoc `json:"artifactLocation"`
		Region           Region      `json:"region"`
	}
	ArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	// A Region's columns and character offsets count Unicode code points
	// (the log's ColumnKind), not bytes: columns from 1, the end column
	// the one after the region, offsets from the start of the file.
	Region struct {
		StartLine   int  `json:"startLine,omitempty"`
		StartColumn int  `json:"startColumn,omitempty"`
		EndLine     int  `json:"endLine,omitempty"`
		EndColumn   int  `json:"endColumn,omitempty"`
		CharOffset  *int `json:"charOffset,omitempty"`
		CharLength  *int `json:"charLength,omitempty"`
	}
	Fix struct {
		Description     Message          `json:"description"`
		ArtifactChanges []ArtifactChange `json:"artifactChanges"`
	}
	ArtifactChange struct {
		ArtifactLocation ArtifactLoc   `json:"artifactLocation"`
		Replacements     []Replacement `json:"replacements"`
	}
	Replacement struct {
		DeletedRegion   Region   `json:"deletedRegion"`
		InsertedContent *Content `json:"insertedContent,omitempty"`
	}
	Content struct {
		Text string `json:"text"`
	}
)

// ColumnKind is how jwtlint's logs count columns and character offsets.
const ColumnKind = "unicodeCodePoints"

// NewLog returns a log of one run.
func NewLog(run Run) *Log {
	run.ColumnKind = ColumnKind
	return &Log{Schema: Schema, Version: "2.1.0", Runs: []Run{run}}
}
