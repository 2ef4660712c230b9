//! Whether a title or descriptor in a text is one the person holds.
//!
//! Newsrooms word the same title many ways: "Pakistan's prime minister" and
//! "Pakistani Prime Minister", "Canadian mining firm" and "Canadian mining
//! company", "Middle East envoy" and "envoy to the Middle East", "CEO" and
//! "chief executive". Titles are therefore compared as normalized content
//! words: case, punctuation and articles go; countries become demonyms;
//! a small table folds synonyms and abbreviations; filler adjectives
//! ("powerful", "key") and function words go. What stays is what makes a
//! title right or wrong: the role, its rank words ("senior", "deputy",
//! "former", "vice"), its domain and its nationality.

/// The content words of a title, normalized as the module doc describes.
/// "then" is kept: the caller reads it as "in the past", not as part of the
/// title.
pub fn title_words(title: &str) -> Vec<String> {
    let raw: Vec<String> = title
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}' | ',' | '/' | '(' | ')')
        })
        .map(|word| {
            word.chars()
                .filter_map(|c| match c {
                    '\u{2019}' | '\u{2018}' => Some('\''),
                    c if c.is_alphanumeric() || c == '\'' || c == '&' => Some(c),
                    _ => None,
                })
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .map(|word| word.trim_matches('\'').to_string())
        .filter(|word| !word.is_empty())
        .collect();

    let mut words: Vec<String> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        // Phrases first: "chief executive officer", "united states".
        if let Some((len, replacement)) = PHRASES.iter().find_map(|(phrase, replacement)| {
            let len = phrase.len();
            (raw.len() >= i + len
                && raw[i..i + len]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(a, b)| a == b))
            .then_some((len, *replacement))
        }) {
            words.extend(replacement.iter().map(|w| w.to_string()));
            i += len;
            continue;
        }
        let word = &raw[i];
        i += 1;
        let (base, possessive) = match word.strip_suffix("'s") {
            Some(base) => (base, true),
            None => (word.as_str(), false),
        };
        if let Some(demonym) = demonym(base) {
            words.push(demonym.to_string());
            continue;
        }
        if possessive && words.is_empty() && matches!(base, "country" | "nation") {
            // "the country's military chief": whose country is not in doubt.
            continue;
        }
        match synonym(word) {
            Some(replacement) => words.extend(replacement.iter().map(|w| w.to_string())),
            None => words.push(word.clone()),
        }
    }
    // Words that say a title is held now ("current", "now", "new") add
    // nothing to it: every title is judged as held at the sentence's date
    // unless "then" or "former" says otherwise.
    words.retain(|w| {
        !FUNCTION_WORDS.contains(&w.as_str())
            && !FILLER.contains(&w.as_str())
            && !matches!(w.as_str(), "now" | "current" | "currently" | "new")
    });
    words
}

/// Which known titles (by index) the words of a descriptor are made of, in
/// order; `None` when they are not all known titles.
///
/// A descriptor matches when it is a run of known titles ("Pakistan Chief
/// of the Army Staff Gen." = a post + a rank), or has the same words as one
/// or two of them in another order ("envoy to the Middle East" = "Middle
/// East envoy"). A leading nationality may be added to a title that has
/// none when it is the person's own: one of their listed titles has it
/// ("Pakistani army chief" for the holder of "Pakistan Chief of the Army
/// Staff"). A nationality no listed title has is a claim the desk has not
/// checked, so it does not match.
pub fn match_title(words: &[String], known: &[Vec<String>]) -> Option<Vec<usize>> {
    if let Some(parts) = segment(words, known).or_else(|| same_words(words, known)) {
        return Some(parts);
    }
    let (first, rest) = words.split_first()?;
    if !is_demonym(first) || rest.is_empty() {
        return None;
    }
    if !known.iter().flatten().any(|w| w == first) {
        return None;
    }
    segment(rest, known).or_else(|| same_words(rest, known))
}

/// Splits `words` into a sequence of known titles, longest first.
fn segment(words: &[String], known: &[Vec<String>]) -> Option<Vec<usize>> {
    let n = words.len();
    if n == 0 {
        return None;
    }
    // next[i]: the title that starts the cover of words[i..], and where it ends.
    let mut next: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    let mut covered = vec![false; n + 1];
    covered[n] = true;
    for start in (0..n).rev() {
        let mut best: Option<(usize, usize)> = None;
        for (index, title) in known.iter().enumerate() {
            let end = start + title.len();
            if title.is_empty() || end > n || !covered[end] || words[start..end] != title[..] {
                continue;
            }
            if best.is_none_or(|(_, best_end)| end > best_end) {
                best = Some((index, end));
            }
        }
        if let Some(choice) = best {
            covered[start] = true;
            next[start] = Some(choice);
        }
    }
    if !covered[0] {
        return None;
    }
    let mut parts = Vec::new();
    let mut at = 0;
    while at < n {
        let (index, end) = next[at]?;
        parts.push(index);
        at = end;
    }
    Some(parts)
}

/// One known title, or two, with exactly the descriptor's words in any order.
fn same_words(words: &[String], known: &[Vec<String>]) -> Option<Vec<usize>> {
    let sorted = |list: &mut Vec<&str>| list.sort_unstable();
    let mut target: Vec<&str> = words.iter().map(String::as_str).collect();
    sorted(&mut target);
    for (i, title) in known.iter().enumerate() {
        let mut one: Vec<&str> = title.iter().map(String::as_str).collect();
        sorted(&mut one);
        if !one.is_empty() && one == target {
            return Some(vec![i]);
        }
    }
    for (i, a) in known.iter().enumerate() {
        for (j, b) in known.iter().enumerate().skip(i + 1) {
            if a.len() + b.len() != target.len() || a.is_empty() || b.is_empty() {
                continue;
            }
            let mut two: Vec<&str> = a.iter().chain(b.iter()).map(String::as_str).collect();
            sorted(&mut two);
            if two == target {
                return Some(vec![i, j]);
            }
        }
    }
    None
}

/// Words that carry no part of a title's meaning.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "&", "at", "for", "his", "her", "in", "its", "my", "of", "on", "our", "the",
    "their", "to", "your",
];

/// Adjectives of emphasis that do not change a title: "powerful military
/// chief" is the military chief. Rank words (senior, deputy, vice, acting,
/// former) are not here.
const FILLER: &[&str] = &[
    "influential",
    "key",
    "leading",
    "longtime",
    "major",
    "noted",
    "own",
    "powerful",
    "prominent",
    "special",
    "top",
    "veteran",
];

/// Multi-word spellings and their normal form.
const PHRASES: &[(&[&str], &[&str])] = &[
    (&["chief", "executive", "officer"], &["ceo"]),
    (&["chief", "executive"], &["ceo"]),
    (&["united", "states"], &["us"]),
    (&["united", "kingdom"], &["british"]),
    (&["saudi", "arabia"], &["saudi"]),
    (&["south", "korea"], &["korean"]),
    (&["new", "zealand"], &["new", "zealander"]),
];

/// One-word synonyms and abbreviations.
fn synonym(word: &str) -> Option<&'static [&'static str]> {
    Some(match word {
        "gen" => &["general"],
        "lt" => &["lieutenant"],
        "col" => &["colonel"],
        "maj" => &["major"],
        "capt" => &["captain"],
        "sgt" => &["sergeant"],
        "adm" => &["admiral"],
        "cmdr" => &["commander"],
        "sen" => &["senator"],
        "rep" => &["representative"],
        "gov" => &["governor"],
        "pres" => &["president"],
        "amb" => &["ambassador"],
        "sec" => &["secretary"],
        "dr" => &["doctor"],
        "prof" => &["professor"],
        "pm" => &["prime", "minister"],
        "vp" => &["vice", "president"],
        "firm" => &["company"],
        "branch" | "wing" => &["arm"],
        "miner" => &["mining", "company"],
        "carmaker" | "automaker" => &["automaker"],
        "envoy" => &["ambassador"],
        "mideast" => &["middle", "east"],
        "cryptocurrency" => &["crypto"],
        _ => return None,
    })
}

/// Countries and their people, both read as the demonym: "Pakistan's" and
/// "Pakistani" are the same nationality in a title.
const NATIONS: &[(&str, &str)] = &[
    ("afghan", "afghan"),
    ("afghanistan", "afghan"),
    ("america", "us"),
    ("american", "us"),
    ("australia", "australian"),
    ("australian", "australian"),
    ("bangladesh", "bangladeshi"),
    ("bangladeshi", "bangladeshi"),
    ("brazil", "brazilian"),
    ("brazilian", "brazilian"),
    ("britain", "british"),
    ("british", "british"),
    ("canada", "canadian"),
    ("canadian", "canadian"),
    ("chile", "chilean"),
    ("chilean", "chilean"),
    ("china", "chinese"),
    ("chinese", "chinese"),
    ("egypt", "egyptian"),
    ("egyptian", "egyptian"),
    ("france", "french"),
    ("french", "french"),
    ("german", "german"),
    ("germany", "german"),
    ("india", "indian"),
    ("indian", "indian"),
    ("iran", "iranian"),
    ("iranian", "iranian"),
    ("iraq", "iraqi"),
    ("iraqi", "iraqi"),
    ("israel", "israeli"),
    ("israeli", "israeli"),
    ("italian", "italian"),
    ("italy", "italian"),
    ("japan", "japanese"),
    ("japanese", "japanese"),
    ("korean", "korean"),
    ("mexican", "mexican"),
    ("mexico", "mexican"),
    ("pakistan", "pakistani"),
    ("pakistani", "pakistani"),
    ("qatar", "qatari"),
    ("qatari", "qatari"),
    ("russia", "russian"),
    ("russian", "russian"),
    ("saudi", "saudi"),
    ("spain", "spanish"),
    ("spanish", "spanish"),
    ("turkey", "turkish"),
    ("turkish", "turkish"),
    ("uk", "british"),
    ("ukraine", "ukrainian"),
    ("ukrainian", "ukrainian"),
    ("us", "us"),
    ("usa", "us"),
];

fn demonym(word: &str) -> Option<&'static str> {
    NATIONS
        .binary_search_by(|(name, _)| name.cmp(&word))
        .ok()
        .map(|i| NATIONS[i].1)
}

fn is_demonym(word: &str) -> bool {
    NATIONS.iter().any(|(_, demonym)| *demonym == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nations_are_sorted_for_binary_search() {
        assert!(NATIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn titles_normalize() {
        #[track_caller]
        fn case(title: &str, words: &[&str]) {
            assert_eq!(title_words(title), words, "{title:?}");
        }
        case("Gen.", &["general"]);
        case("the Pakistani ambassador", &["pakistani", "ambassador"]);
        case("Pakistan’s ambassador", &["pakistani", "ambassador"]);
        case("then-Prime Minister", &["then", "prime", "minister"]);
        case("former PM", &["former", "prime", "minister"]);
        case(
            "Pakistan’s current ambassador",
            &["pakistani", "ambassador"],
        );
        case("U.S. Vice President", &["us", "vice", "president"]);
        case("VP", &["vice", "president"]);
        case(
            "new U.S. ambassador to New Delhi",
            &["us", "ambassador", "delhi"],
        );
        case("country’s powerful military chief", &["military", "chief"]);
        case("Canadian mining firm", &["canadian", "mining", "company"]);
        case(
            "Canadian gold miner",
            &["canadian", "gold", "mining", "company"],
        );
        case("chief executive officer", &["ceo"]);
        case(
            "his administration’s special envoy to the Middle East",
            &["administration's", "ambassador", "middle", "east"],
        );
        case("ambassador to the United States", &["ambassador", "us"]);
        case("senior fellow", &["senior", "fellow"]);
    }

    #[test]
    fn descriptors_match_known_titles() {
        #[track_caller]
        fn case(known: &[&str], descriptor: &str, parts: Option<Vec<usize>>) {
            let known: Vec<Vec<String>> = known.iter().map(|t| title_words(t)).collect();
            assert_eq!(
                match_title(&title_words(descriptor), &known),
                parts,
                "{descriptor:?}"
            );
        }
        let munir = [
            "Pakistan Chief of the Army Staff",
            "Gen.",
            "Field Marshal",
            "army chief",
        ];
        case(
            &munir,
            "Pakistan Chief of the Army Staff Gen.",
            Some(vec![0, 1]),
        );
        case(&munir, "Field Marshal", Some(vec![2]));
        case(&munir, "General", Some(vec![1]));
        case(&munir, "Lt. Gen.", None);
        case(&munir, "country’s army chief", Some(vec![3]));
        case(&munir, "Pakistani army chief", Some(vec![3]));
        case(&munir, "Indian army chief", None);
        case(&munir, "deputy army chief", None);

        let envoy = ["administration’s Middle East envoy"];
        case(
            &envoy,
            "his administration’s envoy to the Middle East",
            Some(vec![0]),
        );
        case(&envoy, "administration’s Africa envoy", None);

        let modi = ["Indian Prime Minister", "Prime Minister"];
        case(&modi, "India’s Prime Minister", Some(vec![0]));
        case(&modi, "Indian PM", Some(vec![0]));
        case(&modi, "Pakistani Prime Minister", None);

        // No nationality listed: none may be added.
        let biden = ["President", "former President"];
        case(&biden, "U.S. President", None);
        case(&biden, "Vice President", None);
        let firm = ["firm"];
        case(&firm, "company", Some(vec![0]));
        case(&firm, "Chinese firm", None);

        let haqqani = ["senior fellow at the Hudson Institute"];
        case(
            &haqqani,
            "senior fellow at the Hudson Institute",
            Some(vec![0]),
        );
        case(&haqqani, "junior fellow at the Hudson Institute", None);
        case(&haqqani, "senior fellow at the Brookings Institution", None);
        case(&haqqani, "fellow at the Hudson Institute", None);
    }
}
