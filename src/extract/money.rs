//! Money amounts: "$500 million", "US$1.2bn", "€5", "at least $300
//! million", "420 million Finnish markka", "hundreds of millions of dollars".
//!
//! Built on the number scanner in [`super::numeric`]: an amount is a number
//! phrase with a currency sign or code before it, or a currency name after
//! it. It is hand-written because the currency grammar of news prose is a
//! small closed table with context rules no general crate knows — "$" alone
//! is taken as U.S. dollars (the usual news convention), "$TRUMP" is a crypto
//! ticker, "500m" after a sign is millions, "pounds" is money only when
//! sterling is named or the amount runs to millions, and "won" and "rand"
//! only follow a multiplier, since both are also ordinary English words.

use super::numeric::format::{self, Found};
use super::numeric::scan::{
    connector, parse_at, qualifier_before, range_value, Phrase, TokKind, Tokens,
};
use super::{Extracted, Kind, Magnitude, Qualifier, Value};

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
        _ => return None,
    })
}

/// Letters glued before "$" naming whose dollar: "US$", "C$", "HK$".
fn dollar_prefix(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "US" => "USD",
        "C" | "CA" | "CAN" | "Can" => "CAD",
        "A" | "AU" | "AUS" => "AUD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "MX" | "Mex" => "MXN",
        _ => return None,
    })
}

/// ISO 4217 codes as written (capitals only), before or after an amount.
fn iso_code(raw: &str) -> Option<&'static str> {
    Some(match raw {
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
        "KRW" => "KRW",
        "RUB" => "RUB",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "ZAR" => "ZAR",
        "SAR" => "SAR",
        "AED" => "AED",
        "TRY" => "TRY",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "PLN" => "PLN",
        _ => return None,
    })
}

/// A currency written before the number at token `j`: its code (None when
/// the sign does not say which, as "Rs" does not) and the token after it.
fn prefix_at(t: &Tokens, j: usize) -> Option<(Option<&'static str>, usize)> {
    match t.kind(j)? {
        TokKind::Punct => sign(t.punct(j)?).map(|c| (Some(c), j + 1)),
        TokKind::Word => {
            let raw = t.raw(j);
            if t.is_punct(j + 1, '$') && t.adj(j + 1) {
                if let Some(c) = dollar_prefix(raw) {
                    return Some((Some(c), j + 2));
                }
            }
            if let Some(c) = iso_code(raw) {
                return Some((Some(c), j + 1));
            }
            if raw == "Rs" {
                let next = if t.is_punct(j + 1, '.') && t.adj(j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                return Some((None, next));
            }
            None
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
    (&["us", "dollars"], Some("USD")),
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
    (&["rupees"], None),
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
    (&["cents"], Some("USD")),
];

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
    )
}

/// A currency named after the amount `p`, from token `j`: the code, the
/// token after it, and a factor for subunits ("50 cents").
fn suffix_at(t: &Tokens, j: usize, p: &Phrase) -> Option<(Option<&'static str>, usize, f64)> {
    let mut best: Option<(Option<&'static str>, usize)> = None;
    for (atoms, code) in NAMES {
        if let Some(end) = super::numeric::scan::match_atoms(t, j, atoms) {
            if !matches!(best, Some((_, e)) if e >= end) {
                best = Some((*code, end));
            }
        }
    }
    let big = p.style.scale >= 1e6 || p.value.min() >= 1e6;
    let w = t.w(j);
    if best.is_none() {
        if let Some(c) = iso_code(t.raw(j)) {
            best = Some((Some(c), j + 1));
        } else if matches!(w, "pounds" | "pound") && big && t.w(j + 1) != "of" {
            best = Some((Some("GBP"), j + 1));
        } else if matches!(w, "won" | "rand") && big {
            best = Some((Some(if w == "won" { "KRW" } else { "ZAR" }), j + 1));
        } else if t.capitalized(j) && generic_noun(t.w(j + 1)) {
            best = Some((None, j + 2));
        }
    }
    let (code, end) = best?;
    let factor = if t.w(end - 1) == "cents" { 0.01 } else { 1.0 };
    Some((code, end, factor))
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

fn amounts(t: &Tokens) -> Vec<Amount> {
    let mut out = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while i < t.len() {
        let between = t.w(i) == "between";
        let core = if between { i + 1 } else { i };
        let pre = prefix_at(t, core);
        let num = pre.map_or(core, |p| p.1);
        let Some(first) = parse_at(t, num, pre.is_some()) else {
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
            let value = match first.value {
                Magnitude::Exact(v) => Magnitude::Exact(v * factor),
                Magnitude::Range { min, max } => Magnitude::Range {
                    min: min * factor,
                    max: max * factor,
                },
            };
            found = Some(Amount {
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
            });
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

/// Currency, end token, subunit factor and name token of an amount from its
/// sign (`pre`) and name (`suf`); a named currency wins over a bare "$".
fn currency_of(
    pre: Option<(Option<&'static str>, usize)>,
    suf: Suffix,
    number_end: usize,
) -> (Option<&'static str>, usize, f64, Option<usize>) {
    match (pre, suf) {
        (Some((p, _)), Some((s, end, f))) => {
            let code = if p.is_none() || p == Some("USD") {
                s.or(p)
            } else {
                p
            };
            (code, end, f, Some(number_end))
        }
        (Some((p, _)), None) => (p, number_end, 1.0, None),
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
    let t = Tokens::new(text);
    amounts(&t)
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

    fn exact(n: f64) -> Magnitude {
        Magnitude::Exact(n)
    }

    fn range(min: f64, max: f64) -> Magnitude {
        Magnitude::Range { min, max }
    }

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
    fn not_money() {
        none("the $TRUMP meme coin");
        none("13 U.S. service members");
        none("a 500m race");
        none("he lost 20 pounds");
        none("20 pounds of cocaine");
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
