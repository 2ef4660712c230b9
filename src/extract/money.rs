//! Money amounts: "$500 million", "US$1.2bn", "€5", "at least $300
//! million", "420 million Finnish markka", "hundreds of millions of dollars".
//!
//! Built on the number scanner in [`super::numeric`]: an amount is a number
//! phrase with a currency sign or code before it, or a currency name after
//! it. It is hand-written because the currency grammar of news prose is a
//! small closed table with context rules no general crate knows — "$" alone
//! is taken as U.S. dollars (the usual news convention), "$TRUMP" is a crypto
//! ticker, "500m" after a sign is millions, "pounds" is money only when
//! sterling is named, the amount runs to millions or a money word comes
//! just before ("paid 20 pounds"; plain "lost 25 pounds" is a weight, for
//! [`super::quantity`]), and "won" and "rand" only follow a multiplier,
//! since both are also ordinary English words.
//! Beyond news style it reads the forms of wire copy and price lists: signs
//! after the amount ("10 €"), spaced and lowercased prefixes ("c $ 5"),
//! codes glued to digits or scaled ("USD115", "30 MUSD"), subunits ("470
//! pence") and dollars with their cents ("3 dollars 50 cents", "$100 and
//! fifty", the yuan's "one kuai and five mao five"), and a currency name
//! before the digits ("sen 100,000").

use super::numeric::format::{self, Found};
use super::numeric::scan::{
    connector, parse_at, qualifier_before, range_value, scale_value, tens_value, unit_value,
    ByFirstAtom, CurrencyPrefix, Phrase, TokKind, Tokens,
};
use super::{Extracted, Kind, Magnitude, Qualifier, Value};
use std::sync::OnceLock;

/// Currency signs written before an amount.
fn sign(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₩' => "KRW",
        '₪' => "ILS",
        '₦' => "NGN",
        '₺' => "TRY",
        '₱' => "PHP",
        '₫' => "VND",
        '₴' => "UAH",
        '₸' => "KZT",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₲' => "PYG",
        '₵' => "GHS",
        '₼' => "AZN",
        '฿' => "THB",
        '₿' => "BTC",
        _ => return None,
    })
}

/// Letters before "$" naming whose dollar: "US$", "C$", "HK$", and in
/// lowercased wire copy "c $", "hk $". Single capitals only count glued to
/// the sign; a lone lowercase "a" or "s" before "$" is a word, not a country.
fn dollar_prefix(raw: &str, glued: bool) -> Option<&'static str> {
    let code = match raw {
        "C" | "A" | "S" | "R" if !glued => return None,
        "C" | "c" => "CAD",
        "A" => "AUD",
        "S" => "SGD",
        "R" => "BRL",
        _ => match raw.to_ascii_lowercase().as_str() {
            "us" => "USD",
            "ca" | "can" => "CAD",
            "au" | "aus" => "AUD",
            "hk" => "HKD",
            "nz" => "NZD",
            "sg" => "SGD",
            "nt" => "TWD",
            "mx" | "mex" => "MXN",
            // "AUD$", "cad$": a code glued to "$" cannot be an English word.
            other => return iso_table(&other.to_ascii_uppercase()),
        },
    };
    Some(code)
}

/// ISO 4217 codes (and "BTC"), before or after an amount: as written in
/// capitals, or in lowercase for the codes that are no English word ("usd",
/// "rmb", but not "cad", "rub" or "try").
fn iso_code(raw: &str) -> Option<&'static str> {
    if raw.len() != 3 {
        return None;
    }
    let upper = raw.chars().all(|c| c.is_ascii_uppercase());
    let lower = raw.chars().all(|c| c.is_ascii_lowercase());
    if !(upper || lower) {
        return None;
    }
    // Every three-letter word of the text comes here ("the", "and"): the
    // capitals on the stack, not in a new String.
    let mut buf = [0u8; 3];
    buf.copy_from_slice(raw.as_bytes());
    buf.make_ascii_uppercase();
    let code = std::str::from_utf8(&buf).ok()?;
    if lower
        && !matches!(
            code,
            "USD"
                | "EUR"
                | "GBP"
                | "JPY"
                | "CNY"
                | "RMB"
                | "INR"
                | "PKR"
                | "AUD"
                | "CHF"
                | "HKD"
                | "SGD"
                | "NZD"
                | "KRW"
                | "BRL"
                | "MXN"
                | "ZAR"
                | "AED"
                | "SEK"
                | "DKK"
                | "PLN"
                | "BTC"
        )
    {
        return None;
    }
    iso_table(code)
}

/// ISO 4217 codes as written in capitals.
fn iso_table(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" => "INR",
        "PKR" => "PKR",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "CHF" => "CHF",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "NZD" => "NZD",
        "TWD" => "TWD",
        "KRW" => "KRW",
        "RUB" => "RUB",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "ARS" => "ARS",
        "ZAR" => "ZAR",
        "SAR" => "SAR",
        "AED" => "AED",
        "QAR" => "QAR",
        "TRY" => "TRY",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "PLN" => "PLN",
        "CZK" => "CZK",
        "HUF" => "HUF",
        "ILS" => "ILS",
        "EGP" => "EGP",
        "NGN" => "NGN",
        "KES" => "KES",
        "THB" => "THB",
        "IDR" => "IDR",
        "MYR" => "MYR",
        "VND" => "VND",
        "UAH" => "UAH",
        "BTC" => "BTC",
        _ => return None,
    })
}

/// A code with a multiplier letter before it, as finance reports write
/// thousands and millions: "MUSD" (millions of dollars), "kEUR".
fn scaled_code(raw: &str) -> Option<(&'static str, f64)> {
    let (factor, rest) = match raw.split_at_checked(1)? {
        ("M", rest) => (1e6, rest),
        ("k" | "K", rest) => (1e3, rest),
        _ => return None,
    };
    if !rest.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    iso_code(rest).map(|c| (c, factor))
}

type Prefix = CurrencyPrefix;

/// A currency written before the number at token `j`.
fn prefix_at(t: &Tokens, j: usize) -> Option<Prefix> {
    // A pure function of the tokens, asked several times per token:
    // remembered in them.
    *t.prefixes.get(j)?.get_or_init(|| read_prefix(t, j))
}

/// [`prefix_at`], read afresh.
fn read_prefix(t: &Tokens, j: usize) -> Option<Prefix> {
    match t.kind(j)? {
        TokKind::Punct => sign(t.punct(j)?).map(|c| (Some(c), j + 1, 1.0)),
        TokKind::Word => {
            let raw = t.raw(j);
            if t.is_punct(j + 1, '$') {
                if let Some(c) = dollar_prefix(raw, t.adj(j + 1)) {
                    return Some((Some(c), j + 2, 1.0));
                }
            }
            if let Some(c) = iso_code(raw) {
                return Some((Some(c), j + 1, 1.0));
            }
            if let Some((c, f)) = scaled_code(raw) {
                return Some((Some(c), j + 1, f));
            }
            if raw == "Rs" {
                let next = if t.is_punct(j + 1, '.') && t.adj(j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                return Some((None, next, 1.0));
            }
            name_before(t, j).map(|(c, f)| (c, j + 1, f))
        }
        TokKind::Num => None,
    }
}

/// A currency sign or code ends just before token `i`; digits after it may
/// carry "m" and "b" as multipliers.
pub(crate) fn currency_before(t: &Tokens, i: usize) -> bool {
    (i >= 1 && prefix_at(t, i - 1).is_some_and(|p| p.1 == i))
        || (i >= 2 && prefix_at(t, i - 2).is_some_and(|p| p.1 == i))
}

/// Currency names after an amount (lowercase words; "." between words is
/// skipped, so `["u", "s", "dollars"]` reads "U.S. dollars").
static NAMES: &[(&[&str], Option<&str>)] = &[
    (&["dollars"], Some("USD")),
    (&["dollar"], Some("USD")),
    (&["u", "s", "dollars"], Some("USD")),
    (&["u", "s", "dollar"], Some("USD")),
    (&["us", "dollars"], Some("USD")),
    (&["us", "dollar"], Some("USD")),
    (&["american", "dollars"], Some("USD")),
    (&["canadian", "dollars"], Some("CAD")),
    (&["australian", "dollars"], Some("AUD")),
    (&["hong", "kong", "dollars"], Some("HKD")),
    (&["new", "zealand", "dollars"], Some("NZD")),
    (&["singapore", "dollars"], Some("SGD")),
    (&["taiwan", "dollars"], Some("TWD")),
    (&["new", "taiwan", "dollars"], Some("TWD")),
    (&["euros"], Some("EUR")),
    (&["euro"], Some("EUR")),
    (&["pounds", "sterling"], Some("GBP")),
    (&["pound", "sterling"], Some("GBP")),
    (&["sterling"], Some("GBP")),
    (&["british", "pounds"], Some("GBP")),
    (&["egyptian", "pounds"], Some("EGP")),
    (&["yen"], Some("JPY")),
    (&["japanese", "yen"], Some("JPY")),
    (&["yuan"], Some("CNY")),
    (&["chinese", "yuan"], Some("CNY")),
    (&["renminbi"], Some("CNY")),
    (&["kuai"], Some("CNY")),
    (&["rupees"], None),
    // The Sri Lankan rupee's signs in Tamil and Sinhala script.
    (&["ரூ"], Some("LKR")),
    (&["රු"], Some("LKR")),
    (&["rupee"], None),
    (&["indian", "rupees"], Some("INR")),
    (&["pakistani", "rupees"], Some("PKR")),
    (&["sri", "lankan", "rupees"], Some("LKR")),
    (&["nepalese", "rupees"], Some("NPR")),
    (&["francs"], Some("CHF")),
    (&["franc"], Some("CHF")),
    (&["swiss", "francs"], Some("CHF")),
    (&["cfa", "francs"], Some("XOF")),
    (&["french", "francs"], Some("FRF")),
    (&["belgian", "francs"], Some("BEF")),
    (&["markka"], Some("FIM")),
    (&["markkaa"], Some("FIM")),
    (&["finnish", "markka"], Some("FIM")),
    (&["finnish", "markkaa"], Some("FIM")),
    (&["deutsche", "marks"], Some("DEM")),
    (&["german", "marks"], Some("DEM")),
    (&["deutschmarks"], Some("DEM")),
    (&["rubles"], Some("RUB")),
    (&["roubles"], Some("RUB")),
    (&["russian", "rubles"], Some("RUB")),
    (&["south", "korean", "won"], Some("KRW")),
    (&["pesos"], None),
    (&["mexican", "pesos"], Some("MXN")),
    (&["philippine", "pesos"], Some("PHP")),
    (&["argentine", "pesos"], Some("ARS")),
    (&["colombian", "pesos"], Some("COP")),
    (&["chilean", "pesos"], Some("CLP")),
    (&["riyals"], Some("SAR")),
    (&["saudi", "riyals"], Some("SAR")),
    (&["qatari", "riyals"], Some("QAR")),
    (&["dirhams"], Some("AED")),
    (&["lira"], Some("TRY")),
    (&["turkish", "lira"], Some("TRY")),
    (&["shekels"], Some("ILS")),
    (&["naira"], Some("NGN")),
    (&["reais"], Some("BRL")),
    (&["afghanis"], Some("AFN")),
    (&["taka"], Some("BDT")),
    (&["pesetas"], Some("ESP")),
    (&["peseta"], Some("ESP")),
    (&["spanish", "pesetas"], Some("ESP")),
    (&["guilders"], Some("NLG")),
    (&["guilder"], Some("NLG")),
    (&["dutch", "guilders"], Some("NLG")),
    (&["lire"], Some("ITL")),
    (&["italian", "lire"], Some("ITL")),
    (&["escudos"], Some("PTE")),
    (&["drachmas"], Some("GRD")),
    (&["drachma"], Some("GRD")),
    (&["schillings"], Some("ATS")),
    (&["austrian", "schillings"], Some("ATS")),
    (&["irish", "pounds"], Some("IEP")),
    (&["kronor"], Some("SEK")),
    (&["swedish", "kronor"], Some("SEK")),
    (&["danish", "kroner"], Some("DKK")),
    (&["norwegian", "kroner"], Some("NOK")),
    (&["zlotys"], Some("PLN")),
    (&["zloty"], Some("PLN")),
    (&["forints"], Some("HUF")),
    (&["forint"], Some("HUF")),
    (&["baht"], Some("THB")),
    (&["ringgit"], Some("MYR")),
    (&["rupiah"], Some("IDR")),
    (&["hryvnias"], Some("UAH")),
    (&["hryvnia"], Some("UAH")),
    (&["kenyan", "shillings"], Some("KES")),
    (&["元"], Some("CNY")),
    (&["bitcoins"], Some("BTC")),
    (&["bitcoin"], Some("BTC")),
    (&["satoshis"], Some("BTC")),
    (&["satoshi"], Some("BTC")),
    (&["cents"], Some("USD")),
    (&["cent"], Some("USD")),
    (&["euro", "cents"], Some("EUR")),
    (&["pence"], Some("GBP")),
    // The hundredth of the ringgit, the rupiah and the old yen.
    (&["sen"], None),
    (&["penny"], Some("GBP")),
];

/// Fractions of a main unit named after an amount ("50 cents" is $0.50),
/// and the multiple of the main unit each one is.
fn subunit(w: &str) -> Option<f64> {
    match w {
        "cents" | "cent" | "pence" | "penny" | "sen" => Some(0.01),
        "satoshis" | "satoshi" => Some(1e-8),
        _ => None,
    }
}

/// Words before a currency name that make it the currency itself rather
/// than the unit of the amount after it: "the dollar 20 years ago", "its
/// yen 10% rally", "paid in euros 2 years ago".
fn names_the_currency(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "of"
            | "in"
            | "per"
            | "against"
            | "versus"
            | "vs"
            | "strong"
            | "weak"
            | "stronger"
            | "weaker"
    )
}

/// A currency name before the digits at token `j + 1`, as price lists and
/// some Asian English write it: "sen 100,000", "yuan 20", "රු 500". Taken
/// only uncapitalized (so "Sen." stays a senator and "Euro 2024" a
/// tournament), not after an amount or a word that makes it the currency's
/// own name ("the dollar 20 years ago"), and not before a year, a
/// percentage, a plural noun or an amount with a currency of its own
/// ("dollar 143.80 yen").
fn name_before(t: &Tokens, j: usize) -> Option<(Option<&'static str>, f64)> {
    // Every word of a text comes through here: test the next token, which
    // is cheap and rarely digits, before searching the currency names.
    if t.kind(j + 1) != Some(TokKind::Num) || t.adj(j + 1) {
        return None;
    }
    let raw = t.raw(j);
    if raw.chars().any(char::is_uppercase) {
        return None;
    }
    let (_, code) = NAMES
        .iter()
        .find(|(atoms, _)| atoms.len() == 1 && atoms[0] == raw)?;
    if j > 0 {
        let before = t.w(j - 1);
        let amount_before = t.kind(j - 1) == Some(TokKind::Num)
            || unit_value(before).is_some()
            || tens_value(before).is_some()
            || scale_value(before).is_some();
        if amount_before || names_the_currency(before) || t.adj(j) {
            return None;
        }
    }
    let p = parse_at(t, j + 1, true)?;
    let year = p.end == j + 2
        && t.raw(j + 1).len() == 4
        && p.exact().is_some_and(|v| (1900.0..2100.0).contains(&v));
    let percent = t.is_punct(p.end, '%') || matches!(t.w(p.end), "percent" | "pct" | "per");
    // A plural noun after the digits is what they count: "into yuan 5
    // years ago".
    let after = t.w(p.end);
    let counts = after.len() > 3 && after.ends_with('s');
    if year || percent || counts || suffix_at(t, p.end, &p).is_some() {
        return None;
    }
    Some((*code, subunit(raw).unwrap_or(1.0)))
}

/// Nouns that name a currency only with a country before them; an unknown
/// country ("Rwandan francs") leaves the code unknown.
fn generic_noun(w: &str) -> bool {
    matches!(
        w,
        "dollars"
            | "francs"
            | "pesos"
            | "rupees"
            | "pounds"
            | "dinars"
            | "riyals"
            | "shillings"
            | "lira"
            | "kroner"
    )
}

/// A currency named after the amount `p`, from token `j`: the code, the
/// token after it, and a factor for subunits ("50 cents") and multipliers
/// after a code ("75 USD million").
fn suffix_at(t: &Tokens, j: usize, p: &Phrase) -> Option<(Option<&'static str>, usize, f64)> {
    // "a 12-cent dividend", "a one-yen bid".
    let j =
        if t.is_punct(j, '-') && t.adj(j) && t.adj(j + 1) && t.kind(j + 1) == Some(TokKind::Word) {
            j + 1
        } else {
            j
        };
    static NAMES_BY_FIRST: OnceLock<ByFirstAtom> = OnceLock::new();
    let names = NAMES_BY_FIRST.get_or_init(|| ByFirstAtom::new(NAMES.iter().map(|n| n.0[0])));
    let mut best: Option<(Option<&'static str>, usize)> = None;
    for &(atoms, code) in names.at(t, j).iter().map(|&n| &NAMES[n]) {
        if let Some(end) = super::numeric::scan::match_atoms(t, j, atoms) {
            if !matches!(best, Some((_, e)) if e >= end) {
                best = Some((code, end));
            }
        }
    }
    let big = p.style.scale >= 1e6 || p.value.min() >= 1e6;
    let w = t.w(j);
    // A code glued to the next number is that number's: "3 USD50 cards".
    let glued_to_number = t.kind(j + 1) == Some(TokKind::Num) && t.adj(j + 1);
    let mut factor = 1.0;
    if best.is_none() {
        if let Some(c) = iso_code(t.raw(j)).filter(|_| !glued_to_number) {
            best = Some((Some(c), j + 1));
            // "75 USD million"
            if let Some(s) = super::numeric::scan::scale_value(t.w(j + 1)) {
                factor = s;
                best = Some((Some(c), j + 2));
            }
        } else if let Some((c, f)) = scaled_code(t.raw(j)).filter(|_| !glued_to_number) {
            best = Some((Some(c), j + 1));
            factor = f;
        } else if let Some(c) = postfix_sign(t, j) {
            best = Some((Some(c), j + 1));
        } else if t.is_punct(j, '¢') && t.adj(j) {
            // "50¢"
            best = Some((Some("USD"), j + 1));
            factor = 0.01;
        } else if t.raw(j) == "p" && t.adj(j) && t.kind(j - 1) == Some(TokKind::Num) {
            // "50p", pence glued to the digits as British prices write them.
            best = Some((Some("GBP"), j + 1));
            factor = 0.01;
        } else if matches!(w, "pounds" | "pound") && pounds_are_money(t, p, j + 1) {
            best = Some((Some("GBP"), j + 1));
        } else if matches!(w, "won" | "rand") && big {
            best = Some((Some(if w == "won" { "KRW" } else { "ZAR" }), j + 1));
        } else if t.capitalized(j) && generic_noun(t.w(j + 1)) {
            best = Some((None, j + 2));
        }
    }
    let (code, end) = best?;
    // "Sen." is a senator.
    if t.w(end - 1) == "sen" && t.raw(end - 1) != "sen" {
        return None;
    }
    // "weighing one drachma": the dram, a weight.
    if code == Some("GRD") && weighed(t, p.start) {
        return None;
    }
    let factor = subunit(t.w(end - 1)).unwrap_or(factor);
    Some((code, end, factor))
}

/// A form of "weigh" or "weight" among the few words before token `i`:
/// "weighs about 20 pounds", "a weight of 9 pounds".
pub(crate) fn weighed(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|k| t.w(k).starts_with("weigh"))
}

/// Words that make an amount a price, a payment or a value.
const MONEY_CUES: &[&str] = &[
    "cost",
    "costs",
    "costing",
    "paid",
    "pay",
    "pays",
    "paying",
    "price",
    "priced",
    "prices",
    "worth",
    "fine",
    "fined",
    "fines",
    "charge",
    "charged",
    "charges",
    "spend",
    "spent",
    "spends",
    "sold",
    "sell",
    "sells",
    "buy",
    "buys",
    "bought",
    "earn",
    "earns",
    "earned",
    "earning",
    "salary",
    "wage",
    "wages",
    "fee",
    "fees",
    "donated",
    "donate",
    "owe",
    "owed",
    "owes",
    "raised",
    "raise",
    "award",
    "awarded",
    "reward",
    "compensation",
    "ticket",
    "tickets",
    "rent",
    "budget",
    "loan",
    "bill",
    "tax",
    "bet",
    "won",
    "wins",
    "win",
];

/// Whether "pounds" after the amount `p`, ending before token `end`, is
/// sterling rather than a weight. News writes weights as plain "lost 25
/// pounds", "over two pounds", and sterling with "£" or "sterling", so
/// plain pounds are money only with a cue: an amount in millions (weights
/// that large come "of" something), a money word just before ("paid 20
/// pounds", "a fine of 200 pounds", "earns 300 pounds a week") or a coin
/// or note after ("a five-pound note"), pence after ("twelve pound
/// fifty"), or the name capitalised ("four Pounds", as a currency is
/// written and a weight never is). "Of" after ("20 pounds of cocaine") and
/// "weigh" before always make it a weight.
pub(crate) fn pounds_are_money(t: &Tokens, p: &Phrase, end: usize) -> bool {
    if t.w(end) == "of" || weighed(t, p.start) {
        return false;
    }
    let big = p.style.scale >= 1e6 || p.value.min() >= 1e6;
    let cue_before = (p.start.saturating_sub(4)..p.start).any(|k| MONEY_CUES.contains(&t.w(k)));
    let coin = matches!(t.w(end), "coin" | "coins" | "note" | "notes");
    // "twelve Pound fifty": the currency's name is capitalised, a weight's
    // never is; and pence may follow the pounds, ounces never do.
    let capitalised = end > 0 && t.raw(end - 1).starts_with('P');
    let pence_after = parse_at(t, end, false).is_some_and(|n| {
        n.exact().is_some_and(|v| v < 100.0)
            && !matches!(t.w(n.end), "ounce" | "ounces" | "oz" | "lb" | "lbs")
    });
    // "$630 (510 pounds)": a sum in brackets just after an amount in
    // another currency is that amount converted, so it is money too.
    let conversion = p.start > 1 && t.is_punct(p.start - 1, '(') && {
        // Back from the bracket over the amount before it: its number,
        // scale word and anything glued on ("$630-bail"), to its sign.
        let mut k = p.start - 2;
        let mut steps = 0;
        while k > 0
            && steps < 4
            && t.punct(k).and_then(sign).is_none()
            && (t.kind(k) == Some(TokKind::Num) || t.adj(k) || scale_value(t.w(k)).is_some())
        {
            k -= 1;
            steps += 1;
        }
        steps > 0 && t.punct(k).and_then(sign).is_some_and(|code| code != "GBP")
    };
    big || cue_before || coin || capitalised || pence_after || conversion
}

/// A currency sign written after the amount, as much of Europe writes it:
/// "10 €", "100₾". A sign that starts the next amount is that one's: in
/// "10 $20" the "$" goes with 20, unless 20 also has a name after it ("10 $
/// 30 $", "10 $ 30 cents").
fn postfix_sign(t: &Tokens, j: usize) -> Option<&'static str> {
    let code = sign(t.punct(j)?)?;
    if t.kind(j + 1) == Some(TokKind::Word) && t.adj(j + 1) {
        return None; // "$TRUMP"
    }
    if let Some(next) = parse_at(t, j + 1, true) {
        let k = next.end;
        let named_after = t.punct(k).and_then(sign).is_some() || subunit(t.w(k)).is_some();
        if !named_after {
            return None;
        }
    }
    Some(code)
}

/// The digits at token `i` read on their own, for amounts glued to a code
/// ("USD115", "115USD", "100元"), which the number grammar takes for
/// identifiers.
fn bare_digits(t: &Tokens, i: usize) -> Option<Phrase> {
    if t.kind(i)? != TokKind::Num {
        return None;
    }
    let alone = Tokens::new(t.raw(i));
    let mut p = parse_at(&alone, 0, false).filter(|p| p.end == 1)?;
    p.start = i;
    p.end = i + 1;
    Some(p)
}

/// One amount of money in a sentence, with the pieces restyling needs.
struct Amount {
    start: usize,
    qualifier: Option<Qualifier>,
    core: usize,
    between: bool,
    /// Token where the currency sign before the first number starts.
    lead: Option<usize>,
    first: Phrase,
    second: Option<Phrase>,
    /// Token where the currency name after the last number starts.
    name: Option<usize>,
    end: usize,
    currency: Option<&'static str>,
    value: Magnitude,
}

impl Amount {
    fn last(&self) -> &Phrase {
        self.second.as_ref().unwrap_or(&self.first)
    }
}

/// The number phrase of an amount at token `i`; digits glued to a currency
/// code ("USD115", "115USD") are read alone.
fn number_at(t: &Tokens, i: usize, pre: Option<Prefix>) -> Option<Phrase> {
    if let Some(p) = parse_at(t, i, pre.is_some()) {
        return Some(p);
    }
    let glued_before = pre.is_some_and(|p| p.1 == i) && t.adj(i);
    let p = bare_digits(t, i)?;
    let glued_after = t.kind(i + 1) == Some(TokKind::Word)
        && t.adj(i + 1)
        && !(t.kind(i + 2) == Some(TokKind::Num) && t.adj(i + 2))
        && suffix_at(t, i + 1, &p).is_some();
    (glued_before || glued_after).then_some(p)
}

/// Cents after a whole amount named in its main unit: "3 dollars 50 cents",
/// "ten dollars and forty-five cents", and with the subunit left unsaid at
/// the end of a clause, "15 dollars 50." Returns the subunits' value in
/// main units and the token after them.
fn cents_after(t: &Tokens, a: &Amount, factor: f64) -> Option<(f64, usize)> {
    let whole = a.first.exact()?;
    if a.second.is_some() || factor != 1.0 || a.first.style.scale != 1.0 || whole.fract() != 0.0 {
        return None;
    }
    let and = t.w(a.end) == "and";
    let k = if and { a.end + 1 } else { a.end };
    let p = small_whole(t, k, 100.0)?;
    let n = p.exact()?;
    // Nothing that the number could count comes after it.
    let clause_ends = |j: usize| match t.kind(j) {
        None => true,
        Some(TokKind::Punct) => matches!(t.punct(j), Some('.' | ',' | ';' | '!' | '?' | ')')),
        Some(TokKind::Word) => t.w(j) == "and" || (!and && t.w(j) == "more"),
        Some(TokKind::Num) => false,
    };
    match minor_unit(t.w(p.end), a.currency) {
        Some(f) if f == 0.01 => return Some((n * f, p.end + 1)),
        Some(f) if f == 0.1 && n < 10.0 => {
            // "five mao five": tenths, then hundredths named or unsaid.
            let tenths = n / 10.0;
            let Some(q) = small_whole(t, p.end + 1, 10.0) else {
                return Some((tenths, p.end + 1));
            };
            let hundredths = q.exact()? / 100.0;
            if minor_unit(t.w(q.end), a.currency) == Some(0.01) {
                return Some((tenths + hundredths, q.end + 1));
            }
            let end = if clause_ends(q.end) { q.end } else { p.end + 1 };
            let sum = if end == q.end {
                tenths + hundredths
            } else {
                tenths
            };
            return Some((sum, end));
        }
        Some(_) => return None,
        None => {}
    }
    // Unsaid cents need a currency named after the whole amount ("15 dollars
    // 50."), or spelled out after "and" and a sign, as amounts are said
    // aloud ("$100 and fifty").
    let said = a.name.is_some() || (and && a.lead.is_some() && p.style.words);
    (said && clause_ends(p.end)).then_some((n / 100.0, p.end))
}

/// A whole number from 1 to below `limit` at token `k`, with no multiplier.
fn small_whole(t: &Tokens, k: usize, limit: f64) -> Option<Phrase> {
    let p = parse_at(t, k, false)?;
    let n = p.exact()?;
    (p.style.scale == 1.0 && n.fract() == 0.0 && (1.0..limit).contains(&n)).then_some(p)
}

/// Subunits said after an amount in the main unit, and the part of it each
/// is: cents and pence a hundredth, the Chinese mao (or jiao) a tenth of a
/// yuan and the fen a hundredth.
fn minor_unit(w: &str, currency: Option<&str>) -> Option<f64> {
    match w {
        "cents" | "cent" | "pence" | "penny" => Some(0.01),
        "mao" | "jiao" if currency == Some("CNY") => Some(0.1),
        "fen" if currency == Some("CNY") => Some(0.01),
        _ => None,
    }
}

fn amounts(t: &Tokens) -> Vec<Amount> {
    let mut out = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while i < t.len() {
        let between = t.w(i) == "between";
        let core = if between { i + 1 } else { i };
        let pre = prefix_at(t, core);
        let num = pre.map_or(core, |p| p.1);
        let Some(first) = number_at(t, num, pre) else {
            i += 1;
            continue;
        };
        let suf1 = suffix_at(t, first.after(t), &first);
        let after1 = suf1.map_or(first.end, |s| s.1);
        let from = core > 0 && t.w(core - 1) == "from";
        let mut found = None;
        if let Some(next) = connector(t, after1, between, from) {
            let pre2 = prefix_at(t, next);
            let num2 = pre2.map_or(next, |p| p.1);
            if let Some(second) = parse_at(t, num2, pre.is_some() || pre2.is_some()) {
                let suf2 = suffix_at(t, second.after(t), &second);
                let named = pre.is_some() || suf2.is_some();
                if let (true, true, Some(value)) = (
                    named,
                    suf1.is_none() || suf2.is_some(),
                    range_value(&first, &second),
                ) {
                    let (currency, end, factor, name) = currency_of(pre, suf2, second.end);
                    let scaled = Magnitude::Range {
                        min: value.min() * factor,
                        max: value.max() * factor,
                    };
                    found = Some(Amount {
                        start: i,
                        qualifier: None,
                        core: i,
                        between,
                        lead: pre.map(|_| core),
                        first: first.clone(),
                        second: Some(second),
                        name,
                        end,
                        currency,
                        value: scaled,
                    });
                }
            }
        }
        if found.is_none() && !between && (pre.is_some() || suf1.is_some()) {
            let (currency, end, factor, name) = currency_of(pre, suf1, first.end);
            let value = first.value.scaled(factor);
            let mut a = Amount {
                start: i,
                qualifier: None,
                core: i,
                between: false,
                lead: pre.map(|_| core),
                first: first.clone(),
                second: None,
                name,
                end,
                currency,
                value,
            };
            if let (Some((cents, end)), Magnitude::Exact(v)) = (cents_after(t, &a, factor), value) {
                a.value = Magnitude::Exact(v + cents);
                a.end = end;
            }
            found = Some(a);
        }
        match found {
            Some(mut a) => {
                if !a.between {
                    if let Some((q, s)) = qualifier_before(t, a.start, floor) {
                        a.qualifier = Some(q);
                        a.start = s;
                    }
                }
                i = a.end;
                floor = a.end;
                out.push(a);
            }
            None => i = if between { i + 1 } else { first.end.max(i + 1) },
        }
    }
    out
}

type Suffix = Option<(Option<&'static str>, usize, f64)>;

/// Currency, end token, factor and name token of an amount from its sign
/// (`pre`) and name (`suf`); a named currency wins over a bare "$".
fn currency_of(
    pre: Option<Prefix>,
    suf: Suffix,
    number_end: usize,
) -> (Option<&'static str>, usize, f64, Option<usize>) {
    match (pre, suf) {
        (Some((p, _, pf)), Some((s, end, f))) => {
            let code = if p.is_none() || p == Some("USD") {
                s.or(p)
            } else {
                p
            };
            (code, end, f * pf, Some(number_end))
        }
        (Some((p, _, pf)), None) => (p, number_end, pf, None),
        (None, Some((s, end, f))) => (s, end, f, Some(number_end)),
        (None, None) => (None, number_end, 1.0, None),
    }
}

/// Every amount of money in `text`, as `Kind::Money` / `Value::Money`,
/// spanning the qualifier, sign, number and currency name: "at least $300
/// million", "US$1.2bn", "500 million euros", "between $10 and $20 million",
/// "millions of dollars". The currency is an ISO 4217 code where the text
/// says or implies one; "$" alone is USD.
pub fn money(text: &str) -> Vec<Extracted> {
    money_in(&Tokens::new(text))
}

/// [`money`] in a sentence already cut into tokens: `extract` cuts each
/// sentence once for every kind that reads numbers.
pub(crate) fn money_in(t: &Tokens) -> Vec<Extracted> {
    amounts(t)
        .into_iter()
        .map(|a| Extracted {
            kind: Kind::Money,
            span: t.span(a.start, a.end),
            value: Value::Money {
                amount: a.value,
                currency: a.currency,
                qualifier: a.qualifier,
            },
        })
        .collect()
}

/// How to write a currency when the claim's differs from the text's: its
/// sign, and its name after an amount.
fn currency_words(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "USD" => ("$", "dollars"),
        "EUR" => ("€", "euros"),
        "GBP" => ("£", "pounds"),
        "JPY" => ("¥", "yen"),
        "INR" => ("₹", "Indian rupees"),
        "CAD" => ("C$", "Canadian dollars"),
        "AUD" => ("A$", "Australian dollars"),
        "HKD" => ("HK$", "Hong Kong dollars"),
        "CNY" => ("CNY ", "yuan"),
        "PKR" => ("PKR ", "Pakistani rupees"),
        "CHF" => ("CHF ", "Swiss francs"),
        "FIM" => ("FIM ", "Finnish markka"),
        _ => return None,
    })
}

/// The claimed amount written in the style of `found` (the text's own
/// wording): its sign or currency name, multiplier style and qualifier
/// words. ("$500 million", "$550m") -> "$500m"; ("$500 million", "550
/// million dollars") -> "500 million dollars". A claimed vague amount is
/// written "hundreds of millions of dollars"; a claim in another currency
/// takes that currency's sign or name. None when `found` states no amount.
pub fn restyle(claimed: &Value, found: &str) -> Option<String> {
    let Value::Money {
        amount,
        currency,
        qualifier,
    } = claimed
    else {
        return None;
    };
    let t = Tokens::new(found);
    let a = amounts(&t).into_iter().next()?;
    let same = currency.is_none() || a.currency.is_none() || *currency == a.currency;
    let (lead, name): (String, String) = if same {
        let lead = a.lead.map_or(String::new(), |l| {
            found[t.start_of(l)..t.start_of(a.first.start)].to_string()
        });
        let name = match a.name {
            // "millions of dollars" -> "500 million dollars"
            Some(_)
                if a.last().after(&t) > a.last().end
                    && !matches!(amount, Magnitude::Range { .. }) =>
            {
                format!(
                    " {}",
                    &found[t.start_of(a.last().after(&t))..t.end_of(a.end)]
                )
            }
            Some(n) => found[t.end_of(n)..t.end_of(a.end)].to_string(),
            None => String::new(),
        };
        (lead, name)
    } else {
        let (sign, words) = currency_words((*currency)?)?;
        if a.lead.is_some() {
            (sign.to_string(), String::new())
        } else {
            (String::new(), format!(" {words}"))
        }
    };
    let f = Found {
        start: a.start,
        qualifier: a.qualifier,
        core: a.core,
        between: a.between,
        first: &a.first,
        second: a.second.as_ref(),
    };
    let numbers = format::rebuild(&t, &f, *amount, *qualifier, &lead)?;
    if let Magnitude::Range { min, max } = amount {
        if format::vague_words(*min, *max).is_some() {
            let words = if same && !name.is_empty() {
                name.trim_start().trim_start_matches("of ").to_string()
            } else {
                currency_words((*currency)?)?.1.to_string()
            };
            return Some(format!("{numbers} of {words}"));
        }
    }
    Some(format!("{numbers}{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{exact, range};

    /// `text` yields exactly these amounts: (span, amount, currency, qualifier).
    #[track_caller]
    fn case(text: &str, want: &[(&str, Magnitude, Option<&str>, Option<Qualifier>)]) {
        let got: Vec<_> = money(text)
            .into_iter()
            .map(|e| match e.value {
                Value::Money {
                    amount,
                    currency,
                    qualifier,
                } => (&text[e.span.start..e.span.end], amount, currency, qualifier),
                other => panic!("not money: {other:?}"),
            })
            .collect();
        let got: Vec<_> = got.iter().map(|g| (g.0, g.1, (g.2, g.3))).collect();
        let want: Vec<_> = want.iter().map(|w| (w.0, w.1, (w.2, w.3))).collect();
        crate::extract::testing::assert_found(text, &got, &want);
    }

    #[track_caller]
    fn one(text: &str, span: &str, amount: f64, currency: Option<&str>) {
        case(text, &[(span, exact(amount), currency, None)]);
    }

    #[track_caller]
    fn none(text: &str) {
        case(text, &[]);
    }

    #[test]
    fn signs_and_codes() {
        one(
            "signed a $500 million deal",
            "$500 million",
            5e8,
            Some("USD"),
        );
        one("a $ 75 million bond", "$ 75 million", 75e6, Some("USD"));
        one("a $500m deal", "$500m", 5e8, Some("USD"));
        one("US$300 million", "US$300 million", 3e8, Some("USD"));
        one("USD 300 million", "USD 300 million", 3e8, Some("USD"));
        one("US$1.2bn", "US$1.2bn", 1.2e9, Some("USD"));
        one("a $250 mln loan", "$250 mln", 2.5e8, Some("USD"));
        one("$3.5 bn in aid", "$3.5 bn", 3.5e9, Some("USD"));
        one("costs €5", "€5", 5.0, Some("EUR"));
        one("costs EUR 5", "EUR 5", 5.0, Some("EUR"));
        one("€3bn", "€3bn", 3e9, Some("EUR"));
        one("£3 billion", "£3 billion", 3e9, Some("GBP"));
        one("¥100", "¥100", 100.0, Some("JPY"));
        one("Rs 100", "Rs 100", 100.0, None);
        one("Rs. 100", "Rs. 100", 100.0, None);
        one("C$40", "C$40", 40.0, Some("CAD"));
        one("A$2.5m", "A$2.5m", 2.5e6, Some("AUD"));
        one("HK$10", "HK$10", 10.0, Some("HKD"));
        one("₹500 crore", "₹500 crore", 5e9, Some("INR"));
        one("Rs 3 lakh", "Rs 3 lakh", 3e5, None);
        one("a $5M seed round", "$5M", 5e6, Some("USD"));
        one("a $500-million deal", "$500-million", 5e8, Some("USD"));
        one("$1,250.50", "$1,250.50", 1250.5, Some("USD"));
    }

    #[test]
    fn names_after_the_amount() {
        one(
            "500 million dollars",
            "500 million dollars",
            5e8,
            Some("USD"),
        );
        one("500 million euros", "500 million euros", 5e8, Some("EUR"));
        one(
            "20 pounds sterling",
            "20 pounds sterling",
            20.0,
            Some("GBP"),
        );
        one("5 million pounds", "5 million pounds", 5e6, Some("GBP"));
        one(
            "420 million Finnish markka",
            "420 million Finnish markka",
            4.2e8,
            Some("FIM"),
        );
        one(
            "10 million Canadian dollars",
            "10 million Canadian dollars",
            1e7,
            Some("CAD"),
        );
        one(
            "900 Pakistani rupees",
            "900 Pakistani rupees",
            900.0,
            Some("PKR"),
        );
        one("900 rupees", "900 rupees", 900.0, None);
        one("5 billion yuan", "5 billion yuan", 5e9, Some("CNY"));
        one("300 yen", "300 yen", 300.0, Some("JPY"));
        one("40 francs", "40 francs", 40.0, Some("CHF"));
        one("40 Swiss francs", "40 Swiss francs", 40.0, Some("CHF"));
        one("40 CFA francs", "40 CFA francs", 40.0, Some("XOF"));
        one("40 Rwandan francs", "40 Rwandan francs", 40.0, None);
        one(
            "2 million U.S. dollars",
            "2 million U.S. dollars",
            2e6,
            Some("USD"),
        );
        one("300 million USD", "300 million USD", 3e8, Some("USD"));
        one("fifty dollars", "fifty dollars", 50.0, Some("USD"));
        one("a million dollars", "a million dollars", 1e6, Some("USD"));
        one("50 cents", "50 cents", 0.5, Some("USD"));
        one("3 billion won", "3 billion won", 3e9, Some("KRW"));
        one(
            "$5 million Canadian dollars",
            "$5 million Canadian dollars",
            5e6,
            Some("CAD"),
        );
    }

    #[test]
    fn spaced_and_lowercase_prefixes() {
        one("a c $ 12 million fine", "c $ 12 million", 12e6, Some("CAD"));
        one(
            "paid hk $ 4.5 billion",
            "hk $ 4.5 billion",
            4.5e9,
            Some("HKD"),
        );
        one("an NZ $ 30 fee", "NZ $ 30", 30.0, Some("NZD"));
        one("cad$ 7", "cad$ 7", 7.0, Some("CAD"));
        one("AUD$20", "AUD$20", 20.0, Some("AUD"));
        one("usd 40 each", "usd 40", 40.0, Some("USD"));
        // A lone letter before a spaced sign is a word, not a country.
        one("a $ 5 bill", "$ 5", 5.0, Some("USD"));
        one("Plan A $ 5", "$ 5", 5.0, Some("USD"));
    }

    #[test]
    fn codes_glued_scaled_and_lowercase() {
        one("priced at EUR99", "EUR99", 99.0, Some("EUR"));
        one("priced at 99.9EUR", "99.9EUR", 99.9, Some("EUR"));
        one("worth 8 gbp", "8 gbp", 8.0, Some("GBP"));
        one("worth 8 rmb", "8 rmb", 8.0, Some("CNY"));
        one("a 40 MSEK order", "40 MSEK", 40e6, Some("SEK"));
        one("costs of 300 kEUR", "300 kEUR", 3e5, Some("EUR"));
        one("raised 12 EUR million", "12 EUR million", 12e6, Some("EUR"));
        one("mined 2 BTC", "2 BTC", 2.0, Some("BTC"));
        case(
            "4 USD20 vouchers",
            &[("USD20", exact(20.0), Some("USD"), None)],
        );
        // Lowercase codes that are English words stay words.
        none("a 5 cad");
        none("the 3 try");
    }

    #[test]
    fn signs_after_the_amount() {
        one("it costs 12 €", "12 €", 12.0, Some("EUR"));
        one("a 40₴ ticket", "40₴", 40.0, Some("UAH"));
        one("entry is 300 ₸", "300 ₸", 300.0, Some("KZT"));
        one("mined ₿3.125", "₿3.125", 3.125, Some("BTC"));
        case(
            "tickets at 8 € and 12 €",
            &[
                ("8 €", exact(8.0), Some("EUR"), None),
                ("12 €", exact(12.0), Some("EUR"), None),
            ],
        );
        // A sign before the next number belongs to it.
        case(
            "rose in 2019 $4 million",
            &[("$4 million", exact(4e6), Some("USD"), None)],
        );
        none("holds 5 $TRUMP");
    }

    #[test]
    fn subunits_and_more_names() {
        one("a 25-cent coin", "25-cent", 0.25, Some("USD"));
        one("fell 12 pence", "12 pence", 0.12, Some("GBP"));
        one("a 20p rise", "20p", 0.2, Some("GBP"));
        one("a 99¢ song", "99¢", 0.99, Some("USD"));
        none("a 4 p value");
        one("rose one penny", "one penny", 0.01, Some("GBP"));
        one("a five-euro note", "five-euro", 5.0, Some("EUR"));
        one("9 billion pesetas", "9 billion pesetas", 9e9, Some("ESP"));
        one(
            "40 million Dutch guilders",
            "40 million Dutch guilders",
            4e7,
            Some("NLG"),
        );
        one(
            "600 Swedish kronor",
            "600 Swedish kronor",
            600.0,
            Some("SEK"),
        );
        one("80 zlotys", "80 zlotys", 80.0, Some("PLN"));
        one("seized 300 bitcoins", "300 bitcoins", 300.0, Some("BTC"));
        one("500 satoshis", "500 satoshis", 5e-6, Some("BTC"));
        one("7 us dollar", "7 us dollar", 7.0, Some("USD"));
    }

    #[test]
    fn dollars_and_cents() {
        one(
            "paid 4 dollars 25 cents",
            "4 dollars 25 cents",
            4.25,
            Some("USD"),
        );
        one(
            "paid six euros and ten cents",
            "six euros and ten cents",
            6.1,
            Some("EUR"),
        );
        one("a $2 and 5 cents fee", "$2 and 5 cents", 2.05, Some("USD"));
        one("it was 9 dollars 99.", "9 dollars 99", 9.99, Some("USD"));
        one("just 20 EUR 50, then", "20 EUR 50", 20.5, Some("EUR"));
        // A number that counts something after it is not cents.
        case(
            "gave 40 dollars and 3 books",
            &[("40 dollars", exact(40.0), Some("USD"), None)],
        );
        case(
            "paid 40 dollars 2 years ago",
            &[("40 dollars", exact(40.0), Some("USD"), None)],
        );
        // Millions take no cents.
        case(
            "5 million dollars and 20.",
            &[("5 million dollars", exact(5e6), Some("USD"), None)],
        );
    }

    #[test]
    fn cents_spelled_after_a_sign() {
        one(
            "me c $ 100 and fifty.",
            "c $ 100 and fifty",
            100.5,
            Some("CAD"),
        );
        // Digits after "and" may be another amount.
        case(
            "shares at $30 and 40.",
            &[("$30", exact(30.0), Some("USD"), None)],
        );
        case(
            "$100 and fifty people",
            &[("$100", exact(100.0), Some("USD"), None)],
        );
    }

    #[test]
    fn yuan_with_mao_and_fen() {
        one(
            "It may need one kuai and five mao five.",
            "one kuai and five mao five",
            1.55,
            Some("CNY"),
        );
        one(
            "3 yuan and 2 mao 5 fen",
            "3 yuan and 2 mao 5 fen",
            3.25,
            Some("CNY"),
        );
        one("5 yuan 3 jiao", "5 yuan 3 jiao", 5.3, Some("CNY"));
        case(
            "cost 5 yuan 3 mao 2 apples",
            &[("5 yuan 3 mao", exact(5.3), Some("CNY"), None)],
        );
        // Mao are tenths of a yuan only.
        case(
            "5 dollars and 3 mao",
            &[("5 dollars", exact(5.0), Some("USD"), None)],
        );
    }

    #[test]
    fn rupee_signs_in_tamil_and_sinhala() {
        one("lend me 100,000 ரூ now", "100,000 ரூ", 1e5, Some("LKR"));
        one("රු 500", "රු 500", 500.0, Some("LKR"));
    }

    #[test]
    fn names_before_the_amount() {
        one("is sen 100,000 expensive?", "sen 100,000", 1000.0, None);
        one("sold for yuan 20 each", "yuan 20", 20.0, Some("CNY"));
        none("the dollar 20 years ago");
        none("turned into yuan 5 years ago");
        none("the yen 10% rally");
        none("In 2020 Sen. Warren said");
        none("euro 2024 finals");
        one("dollar : 143.80 yen", "143.80 yen", 143.8, Some("JPY"));
        case(
            "paid 40 dollars 2 weeks ago",
            &[("40 dollars", exact(40.0), Some("USD"), None)],
        );
        one("a 50 sen coin", "50 sen", 0.5, None);
    }

    #[test]
    fn pounds_need_a_money_cue() {
        one("paid 20 pounds", "20 pounds", 20.0, Some("GBP"));
        one("a fine of 200 pounds", "200 pounds", 200.0, Some("GBP"));
        one("earns 300 pounds a week", "300 pounds", 300.0, Some("GBP"));
        one(
            "361 million pounds",
            "361 million pounds",
            3.61e8,
            Some("GBP"),
        );
        one("a five-pound note", "five-pound", 5.0, Some("GBP"));
        // A conversion in brackets after a sum in another currency.
        case(
            "a $630 (510 pounds) bail",
            &[
                ("$630", exact(630.0), Some("USD"), None),
                ("510 pounds", exact(510.0), Some("GBP"), None),
            ],
        );
        case(
            "a fee of €2.5 million (2.2 million pounds)",
            &[
                ("€2.5 million", exact(2.5e6), Some("EUR"), None),
                ("2.2 million pounds", exact(2.2e6), Some("GBP"), None),
            ],
        );
        // Not when a word stands between the sum and the bracket.
        case(
            "the $40 turkey (25 pounds)",
            &[("$40", exact(40.0), Some("USD"), None)],
        );
        none("to drop 25 pounds");
        none("this baby is over two pounds");
        none("a 2,000-pound bomb");
    }

    #[test]
    fn drachmas_are_money_unless_weighed() {
        one("paid 500 drachmas", "500 drachmas", 500.0, Some("GRD"));
        one("cost one drachma", "one drachma", 1.0, Some("GRD"));
        none("a coin weighing one drachma");
    }

    #[test]
    fn vague_amounts() {
        case(
            "shelled out millions of dollars",
            &[("millions of dollars", range(2e6, 1e9), Some("USD"), None)],
        );
        case(
            "netted hundreds of millions of dollars",
            &[(
                "hundreds of millions of dollars",
                range(2e8, 1e9),
                Some("USD"),
                None,
            )],
        );
        case(
            "billions of dollars",
            &[("billions of dollars", range(2e9, 1e12), Some("USD"), None)],
        );
        case(
            "tens of millions of euros",
            &[(
                "tens of millions of euros",
                range(2e7, 1e8),
                Some("EUR"),
                None,
            )],
        );
    }

    #[test]
    fn ranges() {
        case(
            "between $10 and $20 million",
            &[(
                "between $10 and $20 million",
                range(1e7, 2e7),
                Some("USD"),
                None,
            )],
        );
        case(
            "$10-20 million",
            &[("$10-20 million", range(1e7, 2e7), Some("USD"), None)],
        );
        case(
            "$1.5-2 billion",
            &[("$1.5-2 billion", range(1.5e9, 2e9), Some("USD"), None)],
        );
        case(
            "$10 million to $20 million",
            &[(
                "$10 million to $20 million",
                range(1e7, 2e7),
                Some("USD"),
                None,
            )],
        );
        case(
            "10 to 20 million euros",
            &[("10 to 20 million euros", range(1e7, 2e7), Some("EUR"), None)],
        );
        // "from ... to" is a change, not a range.
        case(
            "rose from $10 to $20",
            &[
                ("$10", exact(10.0), Some("USD"), None),
                ("$20", exact(20.0), Some("USD"), None),
            ],
        );
    }

    #[test]
    fn qualifiers() {
        use Qualifier::*;
        let q = |text: &str, span: &str, n: f64, q: Qualifier| {
            case(text, &[(span, exact(n), Some("USD"), Some(q))])
        };
        q(
            "provide at least $300 million in financing",
            "at least $300 million",
            3e8,
            AtLeast,
        );
        q("about $5m", "about $5m", 5e6, About);
        q("nearly US$1.2bn", "nearly US$1.2bn", 1.2e9, About);
        q(
            "more than 500 million dollars",
            "more than 500 million dollars",
            5e8,
            MoreThan,
        );
        q("up to $9", "up to $9", 9.0, AtMost);
        q("less than $9", "less than $9", 9.0, LessThan);
        q("just under $9", "just under $9", 9.0, LessThan);
    }

    #[test]
    fn several_in_a_sentence() {
        case(
            "at least $300 million in financing, and Barrick signed a $440 million deal",
            &[
                (
                    "at least $300 million",
                    exact(3e8),
                    Some("USD"),
                    Some(Qualifier::AtLeast),
                ),
                ("$440 million", exact(4.4e8), Some("USD"), None),
            ],
        );
    }

    #[test]
    fn pounds_by_their_spelling_and_their_pence() {
        one(
            "it costs twelve Pound fifty",
            "twelve Pound fifty",
            12.5,
            Some("GBP"),
        );
        one(
            "a four Pounds addition to the price",
            "four Pounds",
            4.0,
            Some("GBP"),
        );
        one(
            "for three pounds 20 at the shop",
            "three pounds",
            3.0,
            Some("GBP"),
        );
    }

    #[test]
    fn not_money() {
        none("the $TRUMP meme coin");
        none("13 U.S. service members");
        none("a 500m race");
        none("he lost 20 pounds");
        none("20 pounds of cocaine");
        none("a baby of 7 pounds 3 ounces");
        none("they won 3 games");
        none("50 percent");
        none("the dollar fell");
        none("$");
    }

    #[test]
    fn spans_on_non_ascii_text() {
        let text = "Zoë’s “€3bn” plan — and Škoda’s £40m";
        let spans: Vec<&str> = money(text)
            .iter()
            .map(|e| &text[e.span.start..e.span.end])
            .collect();
        assert_eq!(spans, ["€3bn", "£40m"]);
    }

    fn usd(amount: Magnitude, qualifier: Option<Qualifier>) -> Value {
        Value::Money {
            amount,
            currency: Some("USD"),
            qualifier,
        }
    }

    #[track_caller]
    fn restyled(claimed: Value, found: &str, want: Option<&str>) {
        crate::extract::testing::assert_restyled(restyle, claimed, found, want);
    }

    #[test]
    fn restyle_in_the_text_style() {
        use Qualifier::*;
        restyled(usd(exact(5e8), None), "$550m", Some("$500m"));
        restyled(usd(exact(5e8), None), "$550 mln", Some("$500 mln"));
        restyled(usd(exact(5e8), None), "$550 million", Some("$500 million"));
        restyled(
            usd(exact(5e8), None),
            "550 million dollars",
            Some("500 million dollars"),
        );
        restyled(usd(exact(5e8), None), "US$1.2bn", Some("US$500m"));
        restyled(
            usd(exact(1.2e9), None),
            "$550 million",
            Some("$1.2 billion"),
        );
        restyled(
            usd(exact(3e8), Some(AtLeast)),
            "at least $350 million",
            Some("at least $300 million"),
        );
        restyled(
            usd(exact(3e8), Some(AtLeast)),
            "$350 million",
            Some("at least $300 million"),
        );
        restyled(
            usd(exact(3e8), None),
            "about $350 million",
            Some("$300 million"),
        );
        restyled(
            usd(exact(3e8), Some(About)),
            "nearly $350 million",
            Some("nearly $300 million"),
        );
        restyled(
            usd(range(2e8, 1e9), None),
            "$550 million",
            Some("hundreds of millions of dollars"),
        );
        restyled(
            usd(range(2e6, 1e9), None),
            "billions of dollars",
            Some("millions of dollars"),
        );
        restyled(
            usd(exact(5e8), None),
            "millions of dollars",
            Some("500 million dollars"),
        );
        restyled(
            usd(range(1e7, 2e7), None),
            "between $30 and $40 million",
            Some("between $10 and $20 million"),
        );
        restyled(
            usd(range(1e7, 2e7), None),
            "$30 million",
            Some("$10 million to $20 million"),
        );
        restyled(
            usd(exact(5e6), None),
            "five million dollars",
            Some("five million dollars"),
        );
        let eur = Value::Money {
            amount: exact(5e8),
            currency: Some("EUR"),
            qualifier: None,
        };
        restyled(eur.clone(), "$550m", Some("€500m"));
        restyled(eur, "550 million dollars", Some("500 million euros"));
        restyled(usd(exact(5.0), None), "no money here", None);
        restyled(Value::Ordinal { number: 2 }, "$5", None);
    }
}
