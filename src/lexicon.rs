//! Word lists the stages share. All entries are lowercase.

use once_cell::sync::Lazy;

/// Head words that end (or, with "of", start) the name of an institution.
pub(crate) const INSTITUTION_HEADS: &[&str] = &[
    "university",
    "institute",
    "center",
    "centre",
    "academy",
    "ministry",
    "agency",
    "council",
    "committee",
    "commission",
    "fund",
    "bank",
    "corporation",
    "foundation",
    "laboratory",
    "laboratories",
    "lab",
    "labs",
    "service",
    "department",
    "office",
    "organization",
    "organisation",
    "association",
    "union",
    "society",
    "court",
    "parliament",
    "assembly",
    "college",
    "school",
    "hospital",
    "trust",
    "infirmary",
    "clinic",
    "hospice",
    "museum",
    "library",
    "party",
    "company",
    "authority",
    "administration",
    "bureau",
    "board",
    "directorate",
    "inspectorate",
    "observatory",
    "consortium",
    "federation",
    "confederation",
    "duma",
    "cabinet",
    "chamber",
    "conservatory",
    "theatre",
    "theater",
    "orchestra",
    "club",
    "guard",
    "army",
    "navy",
    "forces",
    "police",
    "polytechnic",
    "seminary",
    "gymnasium",
    "lyceum",
    "exchange",
    "group",
    "holding",
    "network",
    "alliance",
    "secretariat",
    "mission",
    "embassy",
    "consulate",
    "tribunal",
    "prosecutor's",
    "church",
    "monastery",
    "cathedral",
    "news",
    "concern",
    "plant",
    "works",
    "team",
    "unit",
    "squad",
    "government",
];

/// Companies' legal suffixes: they end a company's name as a head word
/// does ("Northwind Robotics, Inc.", "Siemens AG").
pub(crate) const LEGAL_SUFFIXES: &[&str] = &[
    "inc", "corp", "ltd", "llc", "llp", "lp", "plc", "gmbh", "ag", "co", "nv", "spa", "sa", "ab",
    "asa", "bhd", "pty", "limited", "oyj", "oy", "bv", "se", "srl", "sarl", "kgaa", "ltda", "tbk",
    "pte",
];

/// Head words of institutions that end companies' names (with
/// [`INSTITUTION_HEADS`] in the set of head words): like a legal suffix,
/// they take no owner into the name ("Chrysler Corp's Chrysler Motors" is
/// "Chrysler Motors").
pub(crate) const COMPANY_HEADS: &[&str] = &[
    "insurance",
    "airlines",
    "airways",
    "securities",
    "holdings",
    "industries",
    "technologies",
    "pharmaceuticals",
    "motors",
    "petroleum",
    "systems",
    "robotics",
    "solutions",
    "therapeutics",
    "biosciences",
    "aerospace",
    "semiconductors",
    "networks",
    "dynamics",
    "logistics",
    "foods",
    "freight",
    "brands",
    "beverages",
    "capital",
    "partners",
    "ventures",
    "enterprises",
    "laboratories",
    "biotech",
    "analytics",
    "markets",
];

/// Head words of programs, projects and named series of events.
pub(crate) const PROGRAM_HEADS: &[&str] = &[
    "act",
    "directive",
    "program",
    "programme",
    "project",
    "initiative",
    "strategy",
    "plan",
    "forum",
    "summit",
    "festival",
    "games",
    "exhibition",
    "expo",
    "partnership",
    "treaty",
    "agreement",
    "accords",
    "accord",
    "olympiad",
    "competition",
    "championship",
    "cup",
    "contest",
    "conference",
    "congress",
    "week",
    "decade",
    "marathon",
    "campaign",
    "prize",
    "award",
    "medal",
];

/// Heads that open a program name and need an "of" after them
/// ("Years of Russian-Chinese Cooperation", "Year of Science").
pub(crate) const PROGRAM_OPENERS: &[&str] = &["year", "years", "decade", "cross"];

/// Words that may stand at the start of a sentence but not of a name.
pub(crate) const NOT_NAME_START: &[&str] = &[
    // ("Hurricane Milton", "Typhoon Gaemi": a storm, not a person.)
    "hurricane",
    "typhoon",
    "cyclone",
    "storm",
    "tropical",
    "the",
    "a",
    "an",
    "about",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "your",
    "my",
    "in",
    "at",
    "on",
    "for",
    "by",
    "with",
    "from",
    "and",
    "but",
    "or",
    "as",
    "to",
    "of",
    "moreover",
    "however",
    "meanwhile",
    "also",
    "both",
    "each",
    "every",
    "all",
    "new",
    "former",
    "today",
    "yesterday",
    "earlier",
    "later",
    "last",
    "next",
    "after",
    "before",
    "during",
    "though",
    "although",
    "because",
    "whereas",
    "unless",
    "until",
    "yet",
    "while",
    "when",
    "if",
    "since",
    "according",
    "under",
    "among",
    "between",
    "dear",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "shri",
    "smt",
    "shrimati",
    "addressing",
    "speaking",
    "following",
    "like",
    "what",
    "once",
    "i",
    "we",
    "he",
    "she",
    "they",
    "it",
    "you",
    "there",
    "here",
    "so",
    "yes",
    "no",
    "now",
    "then",
    "thus",
    "well",
    "please",
    "thank",
    "thanks",
    "good",
    "colleagues",
    "friends",
];

/// Prepositions and sentence adverbs that open a sentence before its
/// subject ("Beyond the footage, ...", "Instead, the senator ..."): no
/// name starts with them, and with their comma they are no subject.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "beyond",
    "amid",
    "amidst",
    "despite",
    "unlike",
    "like",
    "besides",
    "regarding",
    "concerning",
    "against",
    "toward",
    "towards",
    "within",
    "without",
    "throughout",
    "across",
    "among",
    "following",
    "upon",
    "via",
    "instead",
    "meanwhile",
    "however",
    "moreover",
    "nonetheless",
    "nevertheless",
    "indeed",
    "thus",
    "overall",
    "still",
];

/// Connecting words allowed inside a name between capitalised words.
/// "in" is not one: "Laboratory in Cambridge" names a place, not the lab.
pub(crate) const NAME_CONNECTORS: &[&str] = &["of", "for", "on", "and", "the", "de", "&"];

/// Title words that may stand right before a person's name.
pub(crate) const HEAD_TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "mayor",
    "senator",
    "ambassador",
    "envoy",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ceo",
    "head",
    "king",
    "queen",
    "emir",
    "prince",
    "princess",
    "sheikh",
    "patriarch",
    "pope",
    "admiral",
    "general",
    "colonel",
    "professor",
    "academician",
    "rector",
    "commissioner",
    "judge",
    "justice",
    "speaker",
    "aide",
    "adviser",
    "advisor",
    "representative",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "shri",
    "smt",
    "shrimati",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "gen",
    "sen",
    "rep",
    "gov",
    "col",
    "lt",
    "capt",
    "captain",
    "chief",
    "officer",
    "founder",
    "manager",
    "editor",
    "coach",
    "mufti",
    "metropolitan",
    "cardinal",
    "archbishop",
    "bishop",
    "sultan",
    "emperor",
    "dean",
    "lieutenant",
    "major",
    "sergeant",
    "marshal",
    "counsellor",
    "counselor",
    "attorney",
    "lawmaker",
    "legislator",
    "deputy",
    "leader",
    "ombudsman",
    "auditor",
    "economist",
    "analyst",
    "scientist",
    "researcher",
    "physicist",
    "cosmonaut",
    "astronaut",
    "pilot",
    "rabbi",
    "imam",
    "father",
    "mother",
    "sister",
    "brother",
    "designer",
    "engineer",
    "commander",
    "inspector",
    "prosecutor",
    "curator",
    "conductor",
    "composer",
    "artist",
    "writer",
    "poet",
    "hetman",
    "ataman",
    "sayyid",
    "ayatollah",
    "mullah",
    "hojatoleslam",
    "treasurer",
    "comptroller",
    "sheriff",
    "superintendent",
    "provost",
    "registrar",
    "chairperson",
    "councillor",
    "councilor",
    "alderman",
    "assemblyman",
    "assemblywoman",
    "congressman",
    "congresswoman",
    "undersecretary",
    "administrator",
    "agent",
    "detective",
    "constable",
    "magistrate",
    "rapporteur",
    "hon",
    "honourable",
    "honorable",
];

/// Words that may stand inside a title, before its head ("Foreign" in
/// "Foreign Minister", "Deputy" in "Deputy Prime Minister").
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "vice",
    "deputy",
    "first",
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "economy",
    "economic",
    "development",
    "interior",
    "justice",
    "health",
    "education",
    "science",
    "trade",
    "energy",
    "acting",
    "former",
    "executive",
    "managing",
    "chief",
    // ("sporting director", "chief technical officer".)
    "sporting",
    "technical",
    "football",
    "operating",
    "marketing",
    "creative",
    "artistic",
    "scientific",
    "legal",
    "general",
    "press",
    "crown",
    "state",
    "secretary",
    "supreme",
    "grand",
    "senior",
    "assistant",
    "associate",
    "special",
    "presidential",
    "national",
    "security",
    "affairs",
    "external",
    "internal",
    "home",
    "labour",
    "labor",
    "culture",
    "sports",
    "transport",
    "agriculture",
    "industry",
    "emergencies",
    "digital",
    "natural",
    "resources",
    "construction",
    "official",
    "high",
    "top",
    "then",
    "incumbent",
    "outgoing",
    "newly",
    "elected",
    "lead",
    "principal",
    "permanent",
    "team",
    "u.n",
    "un",
    "kremlin",
    "white",
    "house",
    "party",
    "army",
    "staff",
    "joint",
    "central",
    "bank",
    "election",
    "campaign",
    "communications",
    "foreign-policy",
    "regional",
    "city",
    "district",
    "federal",
    // ("Union Minister": India's federal government.)
    "union",
    "republican",
    "democratic",
    "opposition",
];

/// Titles whose abbreviation takes a period ("Mr." "Dr.").
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "col", "lt", "capt", "st", "smt",
];

/// Canonical title keys: synonyms and spellings are folded together so that
/// roles from lists and descriptions in text meet.
pub(crate) fn title_key(title: &str) -> String {
    let mut s = String::with_capacity(title.len());
    for w in title.split(|c: char| c.is_whitespace() || c == '-' || c == '‐' || c == '–') {
        let w = w.trim_matches('.').to_lowercase();
        if w.is_empty() {
            continue;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&w);
    }
    let folded = match s.as_str() {
        "spokesman"
        | "spokeswoman"
        | "spokesperson"
        | "press secretary"
        | "official spokesperson"
        | "official representative"
        | "press officer" => "spokesperson",
        // ("Justice Enock Mwita" is "the judge" later.)
        "justice" => "judge",
        "defense minister"
        | "defence minister"
        | "secretary of defense"
        | "secretary of defence"
        | "defense secretary"
        | "defence secretary"
        | "minister of defence"
        | "minister of defense" => "defence minister",
        "foreign minister"
        | "foreign secretary"
        | "secretary of state"
        | "external affairs minister"
        | "minister of foreign affairs"
        | "top diplomat"
        | "foreign affairs minister" => "foreign minister",
        "premier" | "prime minister" | "pm" => "prime minister",
        // (Germany's and Austria's offices: "the Federal Chancellor".)
        "federal chancellor" => "chancellor",
        "federal president" => "president",
        "chairwoman" | "chair" | "chairperson" => "chairman",
        "ceo" | "chief executive" | "chief executive officer" => "chief executive",
        "cfo" | "chief financial officer" | "finance chief" => "chief financial officer",
        "coo" | "chief operating officer" => "chief operating officer",
        "cto" | "chief technology officer" => "chief technology officer",
        "director general" => "director general",
        "secretary general" => "secretary general",
        "general secretary" => "general secretary",
        other => other,
    };
    folded.to_string()
}

/// Role descriptions: the words after "the" (and an optional qualifier),
/// and the title keys they may stand for, most likely first. A key that
/// starts with `*` matches every key with that ending ("*minister": any
/// minister).
pub(crate) const DESCRIPTORS: &[(&str, &[&str])] = &[
    (
        "head of state",
        &["president", "king", "queen", "emir", "emperor", "supreme leader", "sultan"],
    ),
    ("head of government", &["prime minister", "chancellor"]),
    // ("Justice Enock Mwita" is "the judge" later.)
    ("judge", &["judge"]),
    ("justice", &["judge"]),
    ("head of the government", &["prime minister", "chancellor"]),
    ("president", &["president"]),
    ("vice president", &["vice president"]),
    ("vice-president", &["vice president"]),
    (
        "leader",
        &[
            "president",
            "prime minister",
            "chancellor",
            "general secretary",
            "supreme leader",
            "king",
            "queen",
            "emir",
        ],
    ),
    (
        "chief",
        &[
            "president",
            "prime minister",
            "chancellor",
            "secretary general",
            "director general",
            "managing director",
            "chairman",
        ],
    ),
    ("prime minister", &["prime minister"]),
    ("premier", &["prime minister"]),
    ("pm", &["prime minister"]),
    ("chancellor", &["chancellor"]),
    ("federal chancellor", &["chancellor"]),
    ("federal president", &["president"]),
    ("foreign minister", &["foreign minister"]),
    ("foreign secretary", &["foreign minister"]),
    ("secretary of state", &["foreign minister"]),
    ("top diplomat", &["foreign minister"]),
    ("defence minister", &["defence minister"]),
    ("defense minister", &["defence minister"]),
    ("defense secretary", &["defence minister"]),
    ("defence secretary", &["defence minister"]),
    ("secretary-general", &["secretary general"]),
    ("secretary general", &["secretary general"]),
    ("director-general", &["director general"]),
    ("director general", &["director general"]),
    ("spokesman", &["spokesperson"]),
    ("spokeswoman", &["spokesperson"]),
    ("spokesperson", &["spokesperson"]),
    ("press secretary", &["spokesperson"]),
    ("king", &["king"]),
    ("queen", &["queen"]),
    ("emir", &["emir"]),
    ("pope", &["pope"]),
    ("pontiff", &["pope"]),
    ("patriarch", &["patriarch"]),
    ("mayor", &["mayor"]),
    ("governor", &["governor"]),
    ("ambassador", &["ambassador"]),
    ("rector", &["rector"]),
    ("crown prince", &["crown prince"]),
    ("speaker", &["speaker"]),
    ("managing director", &["managing director"]),
    ("minister", &["*minister"]),
    ("chief executive", &["chief executive"]),
    ("chief executive officer", &["chief executive"]),
    ("ceo", &["chief executive"]),
    ("chief financial officer", &["chief financial officer"]),
    ("cfo", &["chief financial officer"]),
    ("finance chief", &["chief financial officer"]),
    ("chief operating officer", &["chief operating officer"]),
    ("chief technology officer", &["chief technology officer"]),
    ("chairman", &["chairman"]),
    ("chairwoman", &["chairman"]),
    ("founder", &["founder"]),
    ("secretary", &["*secretary"]),
];

/// Nouns for the documents through which people speak in press releases;
/// "the message said" quotes the message's author.
pub(crate) const SOURCE_NOUNS: &[&str] = &[
    "message",
    "statement",
    "letter",
    "address",
    "telegram",
    "greetings",
    "greeting",
    "communique",
    "communiqué",
    "declaration",
    "release",
    "document",
    "decree",
    "report",
    "note",
    "post",
    "tweet",
    "speech",
    "remarks",
    "article",
    "op-ed",
    "interview",
    "appeal",
    "resolution",
    "order",
    "announcement",
    "notice",
    "readout",
    "transcript",
    "email",
    "memo",
    "banner",
    "placard",
    "poster",
    "slogan",
    "caption",
    "inscription",
    "headline",
];

/// Organisation nouns that speak for their institution ("the ministry said").
pub(crate) const ORG_NOUNS: &[&str] = &[
    "ministry",
    "kremlin",
    "government",
    "company",
    "agency",
    "department",
    "embassy",
    "office",
    "service",
    "press service",
    "committee",
    "commission",
    "council",
    "university",
    "bank",
    "court",
    "organization",
    "organisation",
    "group",
    "union",
    "association",
    "firm",
    "administration",
    "cabinet",
    "army",
    "military",
    "police",
    "prosecutor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "club",
    // ("the Bundesliga champions said": the club.)
    "champions",
    "league",
    "federation",
    "foundation",
    "institute",
    "authority",
    "party",
    "board",
    "fund",
    "bureau",
    "centre",
    "center",
    "society",
    "alliance",
    "coalition",
    "caucus",
    "hospital",
    "exchange",
    "regulator",
    "watchdog",
    "navy",
    "force",
    "guard",
    "parliament",
    "senate",
    "legislature",
    "assembly",
    "secretariat",
    "mission",
    "tribunal",
    "directorate",
];

/// Nouns of bodies that name a company by its trade ("the airline said"),
/// resolved as "the company" is; [`org_noun`] knows them after
/// [`ORG_NOUNS`].
pub(crate) const TRADE_NOUNS: &[&str] = &[
    "airline",
    "carrier",
    "insurer",
    "automaker",
    "carmaker",
    "retailer",
    "lender",
    "manufacturer",
    "miner",
    "utility",
];

/// Speech verbs: the cue of a quote and the verb of reported speech. The
/// boolean says whether the verb takes its content without "that"
/// ("Putin highlighted the significance of ...").
pub(crate) const CUES: &[(&str, bool)] = &[
    ("said", true),
    ("says", true),
    ("say", true),
    ("saying", true),
    ("stressed", true),
    ("stresses", true),
    ("stressing", true),
    ("noted", true),
    ("notes", true),
    ("noting", true),
    ("added", false),
    ("adds", false),
    ("adding", false),
    ("told", false),
    ("tells", false),
    ("telling", false),
    ("reads", false),
    ("read", false),
    ("reading", false),
    ("called for", true),
    ("calls for", true),
    ("calling for", true),
    ("call for", true),
    ("called on", true),
    ("calls on", true),
    ("calling on", true),
    ("talked about", true),
    ("talks about", true),
    ("talking about", true),
    ("spoke about", true),
    ("speaks about", true),
    ("spoke of", true),
    ("asked about", true),
    ("asked for", true),
    ("referring to", true),
    ("referred to", true),
    ("refers to", true),
    ("pointed to", true),
    ("points to", true),
    ("pointing to", true),
    ("focused on", true),
    ("focuses on", true),
    ("warned of", true),
    ("warned against", true),
    ("warns of", true),
    ("agreed with", true),
    ("agrees with", true),
    ("voted for", true),
    ("voted against", true),
    ("railed against", true),
    ("complained about", true),
    ("joked about", true),
    ("wrote about", true),
    ("writes about", true),
    ("tweeted about", true),
    ("argued for", true),
    ("argued against", true),
    ("pushed for", true),
    ("pushing for", true),
    ("advocated for", true),
    ("campaigned for", true),
    ("campaigned against", true),
    ("commented on", true),
    ("insisted on", true),
    ("apologized for", true),
    ("pointed out", true),
    ("points out", true),
    ("pointing out", true),
    ("highlighted", true),
    ("highlights", true),
    ("highlighting", true),
    ("assured", false),
    ("assures", false),
    ("emphasized", true),
    ("emphasised", true),
    ("emphasizes", true),
    ("emphasises", true),
    ("emphasizing", true),
    ("emphasising", true),
    ("underlined", true),
    ("underlines", true),
    ("underscored", true),
    ("underscores", true),
    ("recalled", true),
    ("recalls", true),
    ("recalling", true),
    ("warned", true),
    ("warns", true),
    ("announced", true),
    ("announces", true),
    ("declared", true),
    ("declares", true),
    ("declaring", true),
    ("stated", true),
    ("states", false),
    ("explained", true),
    ("explains", true),
    ("explaining", true),
    ("asserted", true),
    ("asserts", true),
    ("asserting", true),
    ("claimed", true),
    ("claims", true),
    ("claiming", true),
    ("argued", true),
    ("argues", true),
    ("arguing", true),
    ("insisted", true),
    ("insists", true),
    ("insisting", true),
    ("confirmed", true),
    ("confirms", true),
    ("confirming", true),
    ("acknowledged", true),
    ("acknowledges", true),
    ("acknowledging", true),
    ("admitted", true),
    ("admits", true),
    ("admitting", true),
    ("believes", true),
    ("believed", true),
    ("thinks", true),
    ("thought", true),
    ("wrote", true),
    ("writes", true),
    ("tweeted", true),
    ("posted", true),
    ("replied", false),
    ("replies", false),
    ("responded", false),
    ("responds", false),
    ("answered", false),
    ("asked", false),
    ("asks", false),
    ("continued", false),
    ("continues", false),
    ("concluded", true),
    ("concludes", true),
    ("commented", true),
    ("comments", false),
    ("remarked", false),
    ("remarks", false),
    ("observed", false),
    ("observes", false),
    ("reported", true),
    ("reports", true),
    ("reiterated", true),
    ("reiterates", true),
    ("reiterating", true),
    ("repeated", true),
    ("repeats", true),
    ("repeating", true),
    ("indicated", true),
    ("indicates", true),
    ("suggested", true),
    ("suggests", true),
    ("suggesting", true),
    ("estimated", true),
    ("estimates", true),
    ("predicted", true),
    ("predicts", true),
    ("predicting", true),
    ("forecast", false),
    ("expects", false),
    ("expected", false),
    ("hopes", true),
    ("hoped", true),
    ("promised", true),
    ("promises", true),
    ("pledged", true),
    ("pledges", true),
    ("vowed", true),
    ("vows", true),
    ("urged", false),
    ("urges", false),
    ("encouraged", false),
    ("encourages", false),
    ("called", true),
    ("termed", true),
    ("denied", true),
    ("denies", true),
    ("denying", true),
    ("agreed", true),
    ("agrees", true),
    ("disclosed", true),
    ("revealed", true),
    ("mentioned", true),
    ("mentions", true),
    ("specified", false),
    ("clarified", false),
    ("proclaimed", false),
    ("maintained", false),
    ("maintains", false),
    ("contended", true),
    ("objected", false),
    ("complained", true),
    ("conceded", true),
    ("cautioned", true),
    ("affirmed", true),
    ("affirms", true),
    ("reaffirmed", true),
    ("welcomed", true),
    ("expressed", true),
    ("voiced", false),
    ("spelled out", false),
    ("summed up", false),
    ("went on", false),
    ("goes on", false),
    ("quipped", false),
    ("quip", false),
    ("charged", false),
    ("surmised", false),
    ("echoed", false),
    ("put it", false),
    ("write", true),
    ("conclude", true),
    ("joked", false),
    ("exclaimed", false),
    ("shouted", false),
    // Verbs of the manner of speaking, mostly after a direct quote
    // ("“This is fantastic!” beamed X", "“…,” he mocks").
    ("barked", false),
    ("beamed", false),
    ("boomed", false),
    ("bellowed", false),
    ("gushed", false),
    ("mocks", false),
    ("confessed", false),
    ("pressed", false),
    ("thundered", false),
    ("muttered", false),
    ("cracked", false),
    ("teased", false),
    ("taunted", false),
    ("recommended", false),
    ("whispered", false),
    ("informed", false),
    ("briefed", false),
    ("congratulated", false),
    ("thanked", false),
    ("suspect", true),
    ("suspects", true),
    ("suspected", true),
    ("believe", true),
    ("think", true),
    ("argue", true),
    ("claim", true),
    ("insist", true),
    ("deny", true),
    ("accused", true),
    ("accuses", true),
    ("criticized", true),
    ("criticised", true),
    ("criticizes", true),
    ("criticises", true),
    ("blasted", true),
    ("praised", true),
    ("praises", true),
    ("discussed", true),
    ("discusses", true),
    ("described", true),
    ("describes", true),
    ("fears", true),
    ("feared", true),
    ("doubts", true),
    ("doubted", true),
    ("knows", true),
    ("understood", true),
    ("disputed", true),
    ("questioned", true),
    ("labeled", true),
    ("labelled", true),
    ("noticed", true),
    ("learned", true),
    ("learnt", true),
    ("retorted", false),
    ("gloated", false),
    ("fumed", false),
    ("snapped", false),
    ("scoffed", false),
    ("countered", false),
    ("recounted", false),
    ("mused", false),
    ("marveled", false),
    ("marvelled", false),
    ("pleaded", false),
    ("begged", false),
    ("chided", false),
    ("scolded", false),
    ("sneered", false),
    ("exulted", false),
    ("shrugged", false),
    ("grumbled", false),
    ("groaned", false),
    ("cried", false),
    ("yelled", false),
    ("screamed", false),
    ("chanted", false),
    ("sang", false),
    ("sings", false),
    ("yells", false),
    ("shouts", false),
    ("screams", false),
    ("chants", false),
    ("interjected", false),
    ("interrupted", false),
    ("show", true),
    ("shows", true),
    ("showed", true),
    ("found", true),
    ("finds", true),
    ("endorsed", true),
    ("endorses", true),
    ("supports", true),
    ("supported", true),
    ("backed", true),
    ("opposed", true),
    ("opposes", true),
    ("defended", true),
    ("defends", true),
    ("dismissed", true),
    ("rejected", true),
    ("denounced", true),
    ("condemned", true),
    ("slammed", true),
    ("mocked", true),
    ("attacked", true),
    ("blamed", true),
    ("cited", true),
    ("citing", true),
    ("proposed", true),
    ("wants", true),
    ("wanted", true),
    ("sought", true),
    ("seeks", true),
    ("demanded", true),
    ("demands", true),
    ("calling", true),
    ("calls", true),
    ("accusing", true),
    ("urging", true),
    ("criticizing", true),
    ("describing", true),
    ("wondered", true),
    ("acknowledge", true),
    ("admit", true),
    ("warn", true),
    ("predict", true),
    ("hope", true),
    ("expect", true),
    ("worry", true),
    ("worries", true),
    ("worried", true),
    ("touted", true),
    ("boasted", true),
    ("lamented", true),
    // Other forms of verbs above: the plural present and the infinitive
    // ("they suggest", "will discuss"), and the participle after a comma
    // (", praising the plan").
    ("tell", false),
    ("ask", false),
    ("asking", false),
    ("endorse", true),
    ("endorsing", true),
    ("oppose", true),
    ("mention", true),
    ("mentioning", true),
    ("discuss", true),
    ("discussing", true),
    ("seek", true),
    ("seeking", true),
    ("suggest", true),
    ("fear", true),
    ("hoping", true),
    ("expecting", false),
    ("promising", true),
    ("announcing", true),
    ("questioning", true),
    ("praising", true),
    ("warning", true),
    ("blaming", true),
    // The remaining forms of verbs above, so that a verb is a cue in every
    // form ("they support", "will defend", "touting", "slams").
    ("support", true),
    ("supporting", true),
    ("backing", true),
    ("backs", true),
    ("defend", true),
    ("defending", true),
    ("attack", true),
    ("attacks", true),
    ("attacking", true),
    ("denounce", true),
    ("denounces", true),
    ("denouncing", true),
    ("condemn", true),
    ("condemns", true),
    ("condemning", true),
    ("reject", true),
    ("rejects", true),
    ("rejecting", true),
    ("dismiss", true),
    ("dismisses", true),
    ("dismissing", true),
    ("slam", true),
    ("slams", true),
    ("slamming", true),
    ("blast", true),
    ("blasts", true),
    ("blasting", true),
    ("mock", true),
    ("mocking", true),
    ("tout", true),
    ("touts", true),
    ("touting", true),
    ("boasts", true),
    ("boasting", true),
    ("laments", true),
    ("lamenting", true),
    ("praise", true),
    ("criticize", true),
    ("criticise", true),
    ("criticising", true),
    ("accuse", true),
    ("blame", true),
    ("blames", true),
    ("cite", true),
    ("cites", true),
    ("propose", true),
    ("proposes", true),
    ("proposing", true),
    ("demand", true),
    ("demanding", true),
    ("vow", true),
    ("vowing", true),
    ("pledge", true),
    ("pledging", true),
    ("promise", true),
    ("urge", false),
    ("reveal", true),
    ("reveals", true),
    ("revealing", true),
    ("report", true),
    ("reporting", false),
    ("explain", true),
    ("stating", true),
    ("declare", true),
    ("announce", true),
    ("confirm", true),
    ("agree", true),
    ("agreeing", true),
    ("describe", true),
    ("indicate", true),
    ("indicating", true),
    ("estimate", true),
    ("recall", true),
    ("highlight", true),
    ("emphasize", true),
    ("emphasise", true),
    ("reiterate", true),
    ("wonder", true),
    ("wonders", true),
    ("wondering", true),
    ("question", true),
    ("doubt", true),
    ("believing", true),
    ("echo", false),
    ("echoes", false),
    ("echoing", false),
    ("expresses", true),
    ("expressing", true),
    ("contend", true),
    ("contends", true),
    ("contending", true),
    ("complain", true),
    ("complains", true),
    ("complaining", true),
    ("respond", false),
    ("responding", false),
    ("answer", false),
    ("answers", false),
    ("answering", false),
    ("reply", false),
    ("replying", false),
    ("comment", true),
    ("commenting", true),
    ("tweet", true),
    ("tweets", true),
    ("tweeting", true),
    ("writing", true),
    ("thank", false),
    ("thanks", false),
    ("thanking", false),
    ("congratulate", false),
    ("congratulating", false),
    ("welcomes", true),
    ("welcoming", true),
    ("recommend", true),
    ("recommends", true),
    ("recommending", true),
    ("chanting", false),
    ("find", false),
    // Verbs of attitude and intention: PolNeAR and PARC count their
    // holders as sources ("Clinton plans to call on", "he sees Cruz as a
    // uniter", "she declined to say whether").
    ("plans", true),
    ("planned", true),
    ("planning", true),
    ("intends", true),
    ("intended", true),
    ("feel", true),
    ("feels", false),
    ("felt", true),
    ("refused", true),
    ("refuses", true),
    ("refusing", true),
    ("declined", true),
    ("declines", true),
    ("declining", true),
    ("decided", true),
    ("decides", true),
    ("considers", true),
    ("alleged", true),
    ("alleges", true),
    ("threatened", true),
    ("threatens", true),
    ("requested", true),
    ("decried", true),
    ("decries", true),
    ("bemoaned", true),
    ("applauded", true),
    ("hailed", true),
    ("remembered", true),
];

/// Pronouns that can be a speaker, with the gender they require.
pub(crate) const PRONOUNS: &[(&str, Option<bool>)] =
    &[("he", Some(true)), ("she", Some(false)), ("they", None)];

/// Cues that report a finding, which only a source makes ("the survey
/// showed", not "the virus showed its ability"); see [`EVIDENCE_NOUNS`].
pub(crate) const FINDING_CUES: &[&str] = &["show", "shows", "showed", "found", "finds"];

/// Nouns that name a source of findings ("the survey showed", "a study
/// found that"): the subjects [`FINDING_CUES`] report from.
pub(crate) const EVIDENCE_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "data",
    "figures",
    "statistics",
    "results",
    "research",
    "analysis",
    "investigation",
    "inquiry",
    "review",
    "audit",
    "census",
    "document",
    "documents",
    "emails",
    "records",
    "polling",
    "analyses",
    "evidence",
    "test",
    "tests",
    "experiment",
    "assessment",
    "probe",
    "estimate",
    "estimates",
    "forecast",
    "projections",
    "researchers",
    "scientists",
    "investigators",
    "experts",
];

/// Nouns that name the medium of a statement ("in a statement", "at a
/// news conference"), which belongs to the attribution, not its content.
pub(crate) const MEDIUM_NOUNS: &[&str] = &[
    "statement",
    "interview",
    "letter",
    "speech",
    "address",
    "post",
    "tweet",
    "tweets",
    "email",
    "e-mail",
    "op-ed",
    "video",
    "release",
    "conference",
    "briefing",
    "rally",
    "hearing",
    "podcast",
    "broadcast",
    "message",
    "blog",
    "posting",
    "telegram",
    "communique",
    "communiqué",
];

/// Verbs that headlines of releases put in the present tense after their
/// subject ("Senator Warnock Introduces Bill", "Sarah Hughes Joins
/// Board"), besides the speech verbs of [`CUES`].
const HEADLINE_VERBS: &[&str] = &[
    "announces",
    "introduces",
    "launches",
    "unveils",
    "signs",
    "appoints",
    "welcomes",
    "urges",
    "joins",
    "visits",
    "meets",
    "hosts",
    "opens",
    "wins",
    "releases",
    "reports",
    "completes",
    "receives",
    "awards",
    "expands",
    "files",
    "vows",
    "slams",
    "praises",
    "backs",
    "seeks",
    "proposes",
    "pledges",
    "rejects",
    "condemns",
    "applauds",
    "celebrates",
    "commends",
    "honors",
    "honours",
    "secures",
    "delivers",
    "presents",
    "acquires",
    "invests",
    "highlights",
    "discusses",
    "addresses",
    "attends",
    "congratulates",
    "thanks",
    "names",
    "leads",
    "issues",
    "approves",
    "becomes",
    "returns",
    "resigns",
    "retires",
    "steps",
    "tours",
    "inaugurates",
    "sponsors",
    "demands",
];

static HEADLINE_VERB_SET: Lazy<WordSet> = Lazy::new(|| {
    WordSet::of(
        HEADLINE_VERBS
            .iter()
            .copied()
            // ("States" is the name word of "United States Court of
            // Appeals" far more often.)
            .chain(
                CUES.iter()
                    .map(|&(w, _)| w)
                    .filter(|w| w.ends_with('s') && !w.contains(' ') && *w != "states"),
            ),
    )
});

/// Whether `w` is a capitalised verb of a headline in the present tense
/// ("Introduces", "Says"), which ends the name before it.
pub(crate) fn is_headline_verb(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w[1..].bytes().all(|b| b.is_ascii_lowercase())
        && HEADLINE_VERB_SET.has(w)
}

/// Headline verbs that are also plural nouns and name words ("Maxicare
/// Health Plans Inc", "Iran-U.S. Claims Tribunal", "Siegel Awards Fund").
const HEADLINE_NOUNS: &[&str] = &[
    "plans",
    "claims",
    "tours",
    "awards",
    "names",
    "reports",
    "issues",
    "releases",
    "files",
    "hosts",
    "leads",
    "returns",
    "steps",
    "backs",
    "signs",
    "thanks",
    "wins",
    "notes",
    "addresses",
    "demands",
    "presents",
    "sponsors",
    "honors",
    "honours",
    "reads",
    "meets",
    "calls",
    "visits",
];

/// Whether `w` is a headline's verb that is no noun too ("Welcomes",
/// "Announces"), which ends a body's name before it.
pub(crate) fn is_headline_verb_only(w: &str) -> bool {
    // ("Northgate and Helvetia Announce Strategic Partnership": the plain
    // form after a plural subject too.)
    let plain = || {
        matches!(
            w,
            "Announce"
                | "Launch"
                | "Unveil"
                | "Introduce"
                | "Celebrate"
                | "Welcome"
                | "Expand"
                | "Acquire"
                | "Debut"
        )
    };
    (is_headline_verb(w) && !lower_in(w, HEADLINE_NOUNS)) || plain()
}

/// The numbers one to ten in words: "one in three said".
pub(crate) const NUMBER_WORDS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// Whether a word names a day of the week.
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        lower(w).as_ref(),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Whether a word names a day of the week or a month ("Friday", "May").
pub(crate) fn is_day_or_month(w: &str) -> bool {
    is_weekday(w) || crate::date::month_number(w).is_some()
}

/// Whether a word opens an adverbial between a speech verb and its "that"
/// ("said in the letter that", "said Friday that", "said repeatedly
/// that", "said last week that", "said, however, that").
pub(crate) fn opens_adverbial(w: &str) -> bool {
    let lw = lower(w);
    matches!(
        lw.as_ref(),
        "," | "in"
            | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "with"
            | "to"
            | "from"
            | "by"
            | "through"
            | "over"
            | "via"
            | "under"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "today"
            | "yesterday"
            | "tonight"
            | "again"
            | "also"
            | "then"
            | "now"
            | "often"
            | "once"
            | "separately"
    ) || CLAUSE_OPENERS.contains(&lw.as_ref())
        || (lw.len() > 4 && lw.ends_with("ly"))
        || is_weekday(w)
        || crate::date::month_number(w).is_some()
}

/// A word in lowercase, borrowed when it already is (most words of running
/// text), so that list lookups on the hot path do not allocate.
pub(crate) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    // ASCII words, nearly all of them, without decoding chars.
    if word.is_ascii() {
        return if word.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(word.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        };
    }
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Whether a word, in lowercase, is in a list.
pub(crate) fn lower_in(word: &str, list: &[&str]) -> bool {
    // The lists are lowercase ASCII: an ASCII word compares without a
    // lowercase copy.
    if word.is_ascii() {
        return list.iter().any(|x| x.eq_ignore_ascii_case(word));
    }
    let w = lower(word);
    list.contains(&w.as_ref())
}

use crate::wordtable::WordTable;

/// A word list compiled for lookups on the hot path: case-insensitive,
/// without allocating or copying for ASCII words.
pub(crate) struct WordSet(WordTable<()>);

impl WordSet {
    pub(crate) fn new(list: &'static [&'static str]) -> WordSet {
        WordSet::of(list.iter().copied())
    }

    pub(crate) fn of(words: impl Iterator<Item = &'static str>) -> WordSet {
        WordSet(WordTable::build(words.map(|w| (w, ())), |_, _| ()))
    }

    /// Whether `word`, lowercased, is in the list.
    #[inline]
    pub(crate) fn has(&self, word: &str) -> bool {
        self.0.get(word.as_bytes()).is_some()
    }
}

pub(crate) static HEAD_TITLE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(HEAD_TITLES));
pub(crate) static TITLE_MODIFIER_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(TITLE_MODIFIERS));
pub(crate) static NOT_NAME_START_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::of(NOT_NAME_START.iter().chain(CLAUSE_OPENERS).copied()));

/// What a word can head, as bits ([`HEAD_INSTITUTION`], ...): the head
/// words of institutions, companies and programs and the legal suffixes in
/// one table, so that the pattern for bodies asks once per capitalised
/// word.
pub(crate) static HEAD_BITS: Lazy<WordTable<u8>> = Lazy::new(|| {
    let lists: [(&[&str], u8); 5] = [
        (INSTITUTION_HEADS, HEAD_INSTITUTION),
        (COMPANY_HEADS, HEAD_INSTITUTION | HEAD_COMPANY),
        (PROGRAM_HEADS, HEAD_PROGRAM),
        (PROGRAM_OPENERS, HEAD_OPENER),
        (LEGAL_SUFFIXES, HEAD_SUFFIX),
    ];
    let entries = lists.iter().flat_map(|(list, bit)| list.iter().map(move |w| (*w, *bit)));
    WordTable::build(entries, |a, b| a | b)
});
/// [`HEAD_BITS`]: the head of an institution's name.
pub(crate) const HEAD_INSTITUTION: u8 = 1;
/// [`HEAD_BITS`]: the last word of a company's name ("Airlines").
pub(crate) const HEAD_COMPANY: u8 = 2;
/// [`HEAD_BITS`]: the head of a program's name.
pub(crate) const HEAD_PROGRAM: u8 = 4;
/// [`HEAD_BITS`]: the first word of a program's name ("Years of ...").
pub(crate) const HEAD_OPENER: u8 = 8;
/// [`HEAD_BITS`]: a company's legal suffix ("Inc").
pub(crate) const HEAD_SUFFIX: u8 = 16;

/// What `word` (any case) can head, as [`HEAD_BITS`] bits; 0 for nothing.
#[inline]
pub(crate) fn head_bits(word: &str) -> u8 {
    HEAD_BITS.get(word.as_bytes()).unwrap_or(0)
}

/// Whether a word heads an institution's name ("University", "Airlines").
pub(crate) fn is_institution_head(word: &str) -> bool {
    head_bits(word) & HEAD_INSTITUTION != 0
}

/// Whether a name's last word says it is a company's: a legal suffix, a
/// company head word, or "Corporation", "Company", "Group", "Holding".
pub(crate) fn company_word(w: &str) -> bool {
    head_bits(w) & (HEAD_SUFFIX | HEAD_COMPANY) != 0
        || lower_in(w, &["corporation", "company", "group", "holding"])
}
/// The first words of the [`DESCRIPTORS`], to skip at once the words that
/// start none.
pub(crate) static DESCRIPTOR_FIRSTS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::of(DESCRIPTORS.iter().filter_map(|(phrase, _)| phrase.split([' ', '-']).next()))
});

/// What a word says as a cue: whether it is a one-word cue (and whether
/// bare), and whether it starts a two-word cue ("pointed" of "pointed
/// out"). Two-word cues are keyed by their words with one space.
#[derive(Clone, Copy, Default)]
pub(crate) struct CueWord {
    /// `Some(bare)` when the word alone is a cue.
    pub(crate) alone: Option<bool>,
    /// Whether the word starts a two-word cue.
    pub(crate) starts_two: bool,
}

static CUE_MAP: Lazy<WordTable<CueWord>> = Lazy::new(|| {
    let entries = CUES.iter().flat_map(|&(w, bare)| {
        let whole = (w, CueWord { alone: Some(bare), starts_two: false });
        let first =
            w.split_once(' ').map(|(first, _)| (first, CueWord { alone: None, starts_two: true }));
        std::iter::once(whole).chain(first)
    });
    WordTable::build(entries, |a, b| CueWord {
        alone: a.alone.or(b.alone),
        starts_two: a.starts_two || b.starts_two,
    })
});

static SOURCE_NOUN_INDEX: Lazy<WordTable<usize>> =
    Lazy::new(|| WordTable::build(SOURCE_NOUNS.iter().copied().zip(0..), |a, _| a));
static ORG_NOUN_INDEX: Lazy<WordTable<usize>> =
    Lazy::new(|| WordTable::build(ORG_NOUNS.iter().chain(TRADE_NOUNS).copied().zip(0..), |a, _| a));

/// The position of `word`, in any case, in [`SOURCE_NOUNS`].
#[inline]
pub(crate) fn source_noun(word: &str) -> Option<usize> {
    SOURCE_NOUN_INDEX.get(word.as_bytes())
}

/// The position of `word`, in any case, in [`ORG_NOUNS`] and then
/// [`TRADE_NOUNS`] (see [`org_noun_name`]).
#[inline]
pub(crate) fn org_noun(word: &str) -> Option<usize> {
    ORG_NOUN_INDEX.get(word.as_bytes())
}

/// The word without its possessive ending: "Energy" of "Energy's" or
/// "Energy’s"; none for a word without one.
pub(crate) fn possessive_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

/// The noun of bodies at a position [`org_noun`] gave.
pub(crate) fn org_noun_name(n: usize) -> &'static str {
    ORG_NOUNS.get(n).copied().unwrap_or_else(|| TRADE_NOUNS[n - ORG_NOUNS.len()])
}

/// What `words` (one word, or two with one space between) are as a cue, in
/// any case.
#[inline]
pub(crate) fn cue_word(words: &[u8]) -> Option<CueWord> {
    CUE_MAP.get(words)
}

/// Lowercases a short ASCII word into `buf` without allocating; `None` for
/// longer or non-ASCII words.
pub(crate) fn ascii_lower<'b, const N: usize>(word: &str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_keys_fold_synonyms() {
        assert_eq!(title_key("Secretary-General"), "secretary general");
        assert_eq!(title_key("Press  Secretary"), "spokesperson");
        assert_eq!(title_key("Premier"), "prime minister");
        assert_eq!(title_key("Secretary of State"), "foreign minister");
        assert_eq!(title_key("President"), "president");
    }

    #[test]
    fn cue_lexicon_is_large_and_unique() {
        assert!(CUES.len() > 150, "{}", CUES.len());
        let mut seen = std::collections::HashSet::new();
        for (w, _) in CUES {
            assert!(seen.insert(*w), "duplicate cue {w}");
        }
    }
}
