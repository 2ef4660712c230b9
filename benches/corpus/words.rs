//! Words and tables the harness's edits and rewrites are made from.
//!
//! Written for the harness alone, independently of factlint's own
//! grammars, so that the harness measures factlint against the language and
//! not against itself. Every table is generic English (number words, month
//! names, currencies, rank ladders); none holds a phrase from the corpus.

/// A word (or other token) of a text, as a byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Letters, digits, and apostrophes or hyphens between them.
    pub word: bool,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑')
}

/// The tokens of `text[from..to]`: words, and every other non-space
/// character on its own.
pub fn tokens(text: &str, from: usize, to: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let slice = &text[from..to];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let joined =
                    is_joiner(d) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
                if d.is_alphanumeric() || joined {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(slice.len(), |n| n.0);
            out.push(Token {
                start: from + at,
                end: from + end,
                word: true,
            });
            i = j;
        } else {
            out.push(Token {
                start: from + at,
                end: from + at + c.len_utf8(),
                word: false,
            });
            i += 1;
        }
    }
    out
}

/// Whether `word` starts with a capital letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `word` with its first letter in the case of `like`'s, and wholly upper
/// case when `like` is.
pub fn same_case(word: &str, like: &str) -> String {
    let letters: Vec<char> = like.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return word.to_uppercase();
    }
    if is_capitalized(like) {
        let mut chars = word.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    word.to_string()
}

/// `word` without a possessive ending.
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

pub const ONES: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

pub const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a number word below a hundred ("seven", "twenty-five").
pub fn number_word_value(word: &str) -> Option<u32> {
    let lower = word.to_lowercase().replace('‑', "-");
    if let Some(n) = ONES.iter().position(|w| *w == lower) {
        return Some(n as u32);
    }
    if let Some(n) = TENS.iter().position(|w| *w == lower) {
        return Some(20 + 10 * n as u32);
    }
    let (tens, ones) = lower.split_once('-')?;
    let tens = TENS.iter().position(|w| *w == tens)?;
    let ones = ONES[1..10].iter().position(|w| *w == ones)?;
    Some(20 + 10 * tens as u32 + ones as u32 + 1)
}

/// `n` in words, below a hundred.
pub fn number_words(n: u32) -> Option<String> {
    match n {
        0..=19 => Some(ONES[n as usize].to_string()),
        20..=99 => {
            let tens = TENS[(n / 10 - 2) as usize];
            Some(match n % 10 {
                0 => tens.to_string(),
                ones => format!("{tens}-{}", ONES[ones as usize]),
            })
        }
        _ => None,
    }
}

/// Words naming an order of magnitude, each with the next order up.
pub const ORDERS: &[(&str, &str)] = &[
    ("dozen", "hundred"),
    ("hundred", "thousand"),
    ("thousand", "million"),
    ("million", "billion"),
    ("billion", "trillion"),
    ("dozens", "hundreds"),
    ("scores", "hundreds"),
    ("tens", "hundreds"),
    ("hundreds", "thousands"),
    ("thousands", "millions"),
    ("millions", "billions"),
    ("billions", "trillions"),
    ("trillions", "billions"),
];

/// Fractions, each with another.
pub const FRACTIONS: &[(&str, &str)] = &[("half", "third"), ("quarter", "third")];

/// Units of time, each with the next one up (and "century" down).
pub const TIME_UNITS: &[(&str, &str)] = &[
    ("second", "minute"),
    ("minute", "hour"),
    ("hour", "day"),
    ("day", "week"),
    ("week", "month"),
    ("month", "year"),
    ("year", "decade"),
    ("decade", "century"),
    ("century", "decade"),
    ("seconds", "minutes"),
    ("minutes", "hours"),
    ("hours", "days"),
    ("days", "weeks"),
    ("weeks", "months"),
    ("months", "years"),
    ("years", "decades"),
    ("decades", "centuries"),
    ("centuries", "decades"),
];

/// Days in each month (February in a leap year).
pub const MONTH_DAYS: &[u32] = &[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

pub const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The suffix of `n` written as a numbered ordinal ("st" for 21).
pub fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month abbreviations, each with its month's index; "Sept" and "Sep" both.
pub const MONTH_ABBREVIATIONS: &[(&str, usize)] = &[
    ("Jan", 0),
    ("Feb", 1),
    ("Mar", 2),
    ("Apr", 3),
    ("Jun", 5),
    ("Jul", 6),
    ("Aug", 7),
    ("Sept", 8),
    ("Sep", 8),
    ("Oct", 9),
    ("Nov", 10),
    ("Dec", 11),
];

/// The abbreviation a news style writes for each month that has one
/// (March to July are written out).
pub const NEWS_ABBREVIATION: &[Option<&str>] = &[
    Some("Jan."),
    Some("Feb."),
    None,
    None,
    None,
    None,
    None,
    Some("Aug."),
    Some("Sept."),
    Some("Oct."),
    Some("Nov."),
    Some("Dec."),
];

pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];

/// Periods that "this", "last" and "next" point at.
pub const PERIODS: &[&str] = &[
    "year", "month", "week", "weekend", "season", "decade", "century", "quarter", "spring",
    "summer", "autumn", "winter",
];

/// Currency symbols, each with another currency's symbol. Longer prefixes
/// first, so that "US$" is read before "$".
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "€"),
    ("A$", "£"),
    ("C$", "£"),
    ("HK$", "£"),
    ("NZ$", "£"),
    ("$", "£"),
    ("£", "$"),
    ("€", "$"),
    ("¥", "$"),
];

/// Currency names (singular, plural), each with another currency's names.
pub const CURRENCY_WORDS: &[(&str, &str, &str, &str)] = &[
    ("dollar", "dollars", "euro", "euros"),
    ("pound", "pounds", "dollar", "dollars"),
    ("euro", "euros", "pound", "pounds"),
    ("rouble", "roubles", "dollar", "dollars"),
    ("ruble", "rubles", "dollar", "dollars"),
    ("rupee", "rupees", "dollar", "dollars"),
    ("franc", "francs", "dollar", "dollars"),
    ("yen", "yen", "dollar", "dollars"),
    ("yuan", "yuan", "dollar", "dollars"),
    ("cent", "cents", "penny", "pence"),
];

/// ISO currency codes, each with another.
pub const CURRENCY_CODES: &[(&str, &str)] = &[
    ("USD", "EUR"),
    ("EUR", "GBP"),
    ("GBP", "USD"),
    ("JPY", "USD"),
    ("CNY", "USD"),
    ("INR", "USD"),
];

/// Rank ladders, lowest first: a title swap moves a head one step.
pub const RANK_LADDERS: &[&[&str]] = &[
    &[
        "private",
        "corporal",
        "sergeant",
        "lieutenant",
        "captain",
        "major",
        "colonel",
        "brigadier",
        "general",
        "field marshal",
    ],
    &[
        "ensign",
        "lieutenant",
        "commander",
        "captain",
        "commodore",
        "admiral",
    ],
    &["constable", "sergeant", "inspector", "superintendent"],
    &["lecturer", "professor"],
    &["deacon", "priest", "bishop", "archbishop", "cardinal"],
    &["councillor", "mayor"],
];

/// Function words: never the content word of a quote a word edit changes.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
    "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
    "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she",
    "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
    "would", "you", "your",
];

/// Substitutes for a quote's content word, by its ending, two of each in
/// case the word is one of them: words of plainly different meaning.
pub const SUBSTITUTES: &[(&str, [&str; 2])] = &[
    ("ly", ["loudly", "quietly"]),
    ("ing", ["swimming", "painting"]),
    ("ed", ["borrowed", "painted"]),
    ("s", ["umbrellas", "bicycles"]),
    ("", ["umbrella", "bicycle"]),
];

/// Verbs that attribute a quote to its speaker.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "explained",
    "explains",
    "warned",
    "warns",
    "wrote",
    "writes",
    "argued",
    "argues",
    "insisted",
    "insists",
    "stated",
    "noted",
    "notes",
    "replied",
    "continued",
    "claimed",
    "claims",
    "commented",
    "remarked",
    "announced",
    "admitted",
    "acknowledged",
    "suggested",
    "urged",
    "recalled",
];

/// Adverbs that may stand between a speaker and the speech verb.
pub const SPEECH_ADVERBS: &[&str] = &["also", "later", "then", "earlier", "previously", "once"];

/// Titles and honorifics in front of a name: not part of the person's name.
pub const NAME_TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Prof",
    "Professor",
    "President",
    "Prime",
    "Minister",
    "Deputy",
    "Vice",
    "Secretary",
    "Chancellor",
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov",
    "Mayor",
    "Judge",
    "Justice",
    "General",
    "Gen",
    "Colonel",
    "Col",
    "Major",
    "Captain",
    "Capt",
    "Lieutenant",
    "Lt",
    "Sergeant",
    "Sgt",
    "Admiral",
    "Chief",
    "Inspector",
    "Det",
    "Detective",
    "Superintendent",
    "Constable",
    "Commissioner",
    "Ambassador",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Father",
    "Rev",
    "Reverend",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Coach",
    "Manager",
    "Chairman",
    "Chairwoman",
    "Director",
    "Executive",
    "Officer",
    "Leader",
    "Speaker",
    "Shadow",
    "Attorney",
    "Councillor",
    "Cllr",
    "Foreign",
    "Home",
    "First",
    "Former",
    "Sheikh",
];

/// Words that mark a capitalised run as a place, an organisation, an event
/// or a thing rather than a person.
pub const NOT_PERSON_WORDS: &[&str] = &[
    "Street",
    "Road",
    "Avenue",
    "Lane",
    "Square",
    "Bridge",
    "City",
    "Town",
    "County",
    "Council",
    "Ministry",
    "Department",
    "University",
    "College",
    "School",
    "Academy",
    "Hospital",
    "Bank",
    "Company",
    "Group",
    "Party",
    "Government",
    "Parliament",
    "Assembly",
    "Court",
    "Police",
    "Service",
    "Services",
    "Agency",
    "Office",
    "Union",
    "Association",
    "Club",
    "League",
    "Cup",
    "Championship",
    "Museum",
    "Airport",
    "Station",
    "House",
    "Centre",
    "Center",
    "Institute",
    "Foundation",
    "Trust",
    "Board",
    "Commission",
    "Committee",
    "Corporation",
    "Inc",
    "Ltd",
    "News",
    "Times",
    "Post",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "North",
    "South",
    "East",
    "West",
    "United",
    "Kingdom",
    "States",
    "Republic",
    "Island",
    "Islands",
    "Sea",
    "Ocean",
    "River",
    "Lake",
    "Mount",
    "Park",
    "Valley",
    "Bay",
    "Coast",
    "Region",
    "Province",
    "State",
    "Stadium",
    "Arena",
    "Premier",
    "Division",
    "Olympics",
    "Olympic",
    "Games",
    "World",
    "International",
    "National",
    "Federal",
    "Royal",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Church",
    "Cathedral",
    "Hall",
    "Festival",
    "Awards",
    "Prize",
    "Act",
    "Bill",
    "Fund",
    "Programme",
    "Program",
    "Project",
    "Network",
    "Radio",
    "Television",
    "Media",
    "Press",
    "Airlines",
    "Energy",
    "Estates",
    "Holdings",
    "Partners",
    "Solutions",
    "Systems",
    "Technologies",
    "New",
    "Los",
    "San",
    "Santa",
    "Saint",
];

/// Words that join the parts of a name ("Ludwig van Beethoven").
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "bin", "al", "la", "le", "du", "di", "del",
];
