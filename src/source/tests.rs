//! Source mode as a whole, on invented summaries and sources.

use super::*;
use crate::findings::Status;

const PUBLISHED: Date = Date::constant(2024, 3, 15);

/// The status of each value the summary states, as (found, status).
fn statuses(summary: &str, source: &str) -> Vec<(String, Status)> {
    let source = Source::new(Document::new("source.txt", source.to_string()), PUBLISHED);
    let summary = Document::new("summary.txt", summary.to_string());
    check(&summary, &source)
        .into_iter()
        .map(|f| (f.found.unwrap_or_default(), f.status))
        .collect()
}

#[track_caller]
fn case(summary: &str, source: &str, found: &str, expected: Option<Status>) {
    let all = statuses(summary, source);
    let got = all.iter().find(|(f, _)| f == found).map(|(_, s)| *s);
    assert_eq!(got, expected, "{found:?} in {summary:?}: {all:?}");
}

const EARNINGS: &str = "The bank earned $2.4 billion in the quarter. \
    Its capital ratio was 12.6 percent at the end of the period, up 40 basis points. \
    Deposits grew 3% to $310 billion. \
    The board raised the quarterly dividend to $0.45 per share.";

#[test]
fn values_the_source_states_match() {
    case(
        "The bank earned $2.4 billion.",
        EARNINGS,
        "$2.4 billion",
        Some(Status::Match),
    );
    case(
        "The dividend rose to 45 cents.",
        EARNINGS,
        "45 cents",
        Some(Status::Match),
    );
    case(
        "The capital ratio was about 13 percent.",
        EARNINGS,
        "about 13 percent",
        Some(Status::Match),
    );
    case("Deposits grew 3%.", EARNINGS, "3%", Some(Status::Match));
}

#[test]
fn a_value_the_source_ties_to_other_words_is_a_mismatch() {
    // The dividend sentence says $0.45; the summary's $0.55 is a swap.
    case(
        "The board raised the quarterly dividend to $0.55 per share.",
        EARNINGS,
        "$0.55",
        Some(Status::Mismatch),
    );
    // 3% stands in the source, but for deposits, not the capital ratio.
    case(
        "The capital ratio was 3 percent at the end of the period.",
        EARNINGS,
        "3 percent",
        Some(Status::Mismatch),
    );
    // Q3 stands in the source, but in a sentence that shares two of the
    // clause's words, where the sentence on net income shares six.
    case(
        "Net income on a GAAP basis fell in Q3 compared to last year.",
        "Net income on a GAAP basis in the second quarter was $76 million, \
         against $88 million in Q2 of last year. \
         We estimate that Q3 earnings on a GAAP basis could reach $20 million.",
        "Q3",
        Some(Status::Mismatch),
    );
    // Negative rows: a value the source ties to the clause's words in
    // another sentence is supported there, however well a third sentence
    // matches; and the ratio as the source states it.
    case(
        "Acme reported earnings per share of $1.20 in the quarter.",
        "Net of one item, earnings per share in the quarter were $1.20. \
         In the quarter, Acme Corp reported profit of $2 billion or $1.10 per diluted share.",
        "$1.20",
        Some(Status::Match),
    );
    case(
        "The capital ratio was 12.6 percent at the end of the period.",
        EARNINGS,
        "12.6 percent",
        Some(Status::Match),
    );
}

#[test]
fn a_value_the_source_nowhere_supports_is_unsupported() {
    case(
        "The bank hired 500 tellers.",
        EARNINGS,
        "500 tellers",
        Some(Status::Unsupported),
    );
    case(
        "Its lawyers were paid $7 million.",
        EARNINGS,
        "$7 million",
        Some(Status::Unsupported),
    );
    // The sentence the clause restates holds another amount: a mismatch.
    case(
        "The bank earned $2.4 million.",
        EARNINGS,
        "$2.4 million",
        Some(Status::Mismatch),
    );
    // Negative row: a count the source states in words.
    case(
        "The bank opened three branches.",
        "The bank opened 3 branches last year.",
        "three branches",
        Some(Status::Match),
    );
}

#[test]
fn a_duration_whose_figure_the_aligned_sentence_holds_bare_is_supported() {
    let source = "Rooms start at $90 a night. \
        Members get our 14-Day Flexi Pass for nothing. Room 3 is the largest.";
    case(
        "Members get a 14-day flexi pass.",
        source,
        "14-day",
        Some(Status::Match),
    );
    // A clause that denies the bare figure's sentence is a mismatch, as
    // one that denies a value the source states is.
    case(
        "Members do not get a 14-day flexi pass.",
        source,
        "14-day",
        Some(Status::Mismatch),
    );
    // Negative row: the figure stands bare only in a sentence the clause
    // does not restate.
    case(
        "The installation takes three weeks.",
        source,
        "three weeks",
        Some(Status::Unsupported),
    );
}

#[test]
fn a_worked_out_value_is_a_derived_match() {
    let findings = {
        let source = Source::new(
            Document::new(
                "s",
                "Revenue was $12 million, up from $9 million a year earlier.".into(),
            ),
            PUBLISHED,
        );
        check(
            &Document::new("t", "Revenue grew by $3 million.".into()),
            &source,
        )
    };
    let f = &findings[0];
    assert_eq!(
        (f.status, f.severity),
        (Status::Match, crate::claims::Severity::Info)
    );
    assert!(f.message.starts_with("derived: "), "{}", f.message);
    // Negative rows: no pair of source values makes $4 million; figures
    // stated apart add up to nothing.
    case(
        "Revenue grew by $4 million.",
        "Revenue was $12 million, up from $9 million a year earlier.",
        "$4 million",
        Some(Status::Unsupported),
    );
    case(
        "Costs came to $7 million.",
        "Rent was $4 million. The weather was fine. Staff cost $3 million.",
        "$7 million",
        Some(Status::Unsupported),
    );
}

#[test]
fn quotes_match_the_words_and_speaker_the_source_gives() {
    let source = "“We will not raise prices this year,” said Maria Lopez, the chief executive. \
        Analysts were unconvinced.";
    case(
        "Lopez said: “We will not raise prices this year.”",
        source,
        "“We will not raise prices this year.”",
        Some(Status::Match),
    );
    case(
        "Lopez said: “We will raise prices this year.”",
        source,
        "“We will raise prices this year.”",
        Some(Status::Mismatch),
    );
    case(
        "“We will not raise prices this year,” said John Smith.",
        source,
        "“We will not raise prices this year,”",
        Some(Status::Mismatch),
    );
    case(
        "Lopez promised “free lunches for everyone.”",
        source,
        "“free lunches for everyone.”",
        Some(Status::Unsupported),
    );
}

#[test]
fn a_quote_that_is_only_a_number_is_judged_as_the_number() {
    let source = "They talked about the price for a while. \
        For this kind of market, I would rate the design a two. \
        Three people left early.";
    case(
        "They rated the design a “four” for this market.",
        source,
        "four",
        Some(Status::Mismatch),
    );
    case(
        "They rated the design a “two” for this market.",
        source,
        "two",
        Some(Status::Match),
    );
    // Negative row: a quote of words is judged as words.
    case(
        "They said “the price” mattered.",
        source,
        "“the price”",
        Some(Status::Match),
    );
}

#[test]
fn a_count_of_a_dialogues_speakers_is_supported() {
    let dialogue = "Anna: Are you coming tonight?\nBen: Yes, with Carl.\nAnna: Great!\n";
    case(
        "Two friends plan an evening.",
        dialogue,
        "Two friends",
        Some(Status::Match),
    );
    case(
        "Three friends plan an evening.",
        dialogue,
        "Three friends",
        Some(Status::Unsupported),
    );
    // Negative row: no dialogue, no speakers to count.
    case(
        "Two friends plan an evening.",
        "Anna asked Ben whether he was coming tonight.",
        "Two friends",
        Some(Status::Unsupported),
    );
}

#[test]
fn dates_are_read_against_one_date_and_unpinned_relative_ones_are_not_judged() {
    case(
        "Sales fell in the third quarter.",
        "Sales fell in Q3, the company said.",
        "third",
        Some(Status::Match),
    );
    case(
        "Sales fell in the second quarter.",
        "Sales fell in Q3, the company said.",
        "second",
        Some(Status::Mismatch),
    );
    case(
        "Sales fell in the second quarter.",
        "Sales fell, the company said. It expects a better year.",
        "second",
        Some(Status::Unsupported),
    );
    case(
        "The second half of the episode covers sales.",
        "The episode covers sales.",
        "second",
        None,
    );
    case(
        "The plant opens next week.",
        "The plant opens soon.",
        "next week",
        None,
    );
    case(
        "The plant opened in 2019.",
        "The plant opened in 2021.",
        "2019",
        Some(Status::Mismatch),
    );
    case(
        "The plant opened in 2019.",
        "It was a good year.",
        "2019",
        Some(Status::Unsupported),
    );
}

#[test]
fn dialogue_speakers_are_names_before_a_colon_on_most_lines() {
    assert_eq!(
        dialogue_speakers("Anna: hi\nBen: hello\nAnna: bye\n"),
        Some(2)
    );
    assert_eq!(
        dialogue_speakers("Note: this is prose.\nMore prose here.\nAnd more.\n"),
        None
    );
}

#[test]
fn clauses_are_cut_at_commas_and_joining_words() {
    let doc = Document::new(
        "t",
        "The company raised its dividend to $0.15 per share and cut debt below $25 billion."
            .to_string(),
    );
    let at = doc.text().find("$25").unwrap();
    let words = Clause::of(&doc, Span::new(at, at + 12)).words;
    assert_eq!(words, ["cut", "debt"]);
}

#[test]
fn a_title_the_source_gives_the_speaker_otherwise_is_a_mismatch() {
    let source = "“We hold the line,” said Gen. Robert Hale, the army chief.";
    case(
        "“We hold the line,” said Gen. Robert Hale.",
        source,
        "Gen.",
        Some(Status::Match),
    );
    case(
        "“We hold the line,” said Col. Robert Hale.",
        source,
        "Col.",
        Some(Status::Mismatch),
    );
}

#[test]
fn a_title_a_signature_block_states_is_supported() {
    // A signature writes the title and its organisation on their own
    // lines, or after a comma, with no preposition between them.
    let signed = "Call me any time.\n\nBest regards,\n\nDana Kerr\nAccount Manager\nBrightPath\nPhone: 555-0100";
    let summary = "Dana Kerr, an account manager at BrightPath, offers a call.";
    case(
        summary,
        signed,
        "account manager at BrightPath",
        Some(Status::Match),
    );
    let comma = "Thanks,\n\nDana Kerr\nAccount Manager, BrightPath";
    case(
        summary,
        comma,
        "account manager at BrightPath",
        Some(Status::Match),
    );
    // Negative rows: another title, or the words out of order, are no
    // support.
    case(
        "Dana Kerr, a sales director at BrightPath, offers a call.",
        signed,
        "sales director at BrightPath",
        Some(Status::Unsupported),
    );
    case(
        summary,
        "BrightPath hired a manager for every account. Dana Kerr called.",
        "account manager at BrightPath",
        Some(Status::Unsupported),
    );
}

#[test]
fn numbers_inside_names_are_no_values_to_judge() {
    // The extractors' rules: a figure after a capitalised word mid-sentence,
    // a number joined to a name.
    let source = "The airline grounded its fleet after an incident.";
    case(
        "The airline grounded its Boeing 737 fleet.",
        source,
        "737",
        None,
    );
    case(
        "Sales of Covid-19 tests fell.",
        "Sales of tests fell.",
        "19",
        None,
    );
    // Negative row: the same figure as a count is judged.
    case(
        "The airline grounded 737 planes.",
        source,
        "737 planes",
        Some(Status::Unsupported),
    );
}

const LAUNCH: &str = "The shop offers a 30-day free trial to every new member. \
    Ticket prices went up 5% in the spring. \
    The clinic tracks SARS-CoV-2 and the A320 fleet flies from Windows 11 hubs. \
    The premium plan costs $XXX a month.";

#[test]
fn a_clause_that_denies_a_value_the_source_states_is_a_mismatch() {
    case(
        "The shop did not offer a 30-day trial.",
        LAUNCH,
        "30-day",
        Some(Status::Mismatch),
    );
    case(
        "New members never get a 30-day free trial.",
        LAUNCH,
        "30-day",
        Some(Status::Mismatch),
    );
    // Negative rows: the source denies it too; "no" before a noun; a
    // denial in another clause.
    case(
        "The shop did not offer a 30-day trial.",
        "The shop did not offer a 30-day free trial to new members.",
        "30-day",
        Some(Status::Match),
    );
    case(
        "New members get a 30-day trial at no cost.",
        LAUNCH,
        "30-day",
        Some(Status::Match),
    );
    case(
        "The shop offers new members a 30-day trial, which they cannot share.",
        LAUNCH,
        "30-day",
        Some(Status::Match),
    );
}

#[test]
fn a_clause_that_moves_a_value_the_other_way_is_a_mismatch() {
    case(
        "Ticket prices went down 5% in the spring.",
        LAUNCH,
        "5%",
        Some(Status::Mismatch),
    );
    case(
        "Ticket prices fell 5% in the spring.",
        LAUNCH,
        "5%",
        Some(Status::Mismatch),
    );
    // Negative rows: the same way, no way, a ceiling, or a sentence that
    // shares too few words to speak of the same thing.
    case(
        "Ticket prices rose 5% in the spring.",
        LAUNCH,
        "5%",
        Some(Status::Match),
    );
    case(
        "Ticket prices changed by 5%.",
        LAUNCH,
        "5%",
        Some(Status::Match),
    );
    case("Costs fell 5% overall.", LAUNCH, "5%", Some(Status::Match));
}

#[test]
fn names_that_carry_a_number_are_checked_as_written() {
    case(
        "The clinic tracks Sars-CoV-2 cases.",
        LAUNCH,
        "Sars-CoV-2",
        Some(Status::Match),
    );
    case(
        "Its hubs run Windows 11.",
        LAUNCH,
        "Windows 11",
        Some(Status::Match),
    );
    case(
        "The clinic tracks SARS-CoV-3.",
        LAUNCH,
        "SARS-CoV-3",
        Some(Status::Mismatch),
    );
    case(
        "The A330 fleet grew.",
        LAUNCH,
        "A330",
        Some(Status::Mismatch),
    );
    case(
        "The B52 crews trained.",
        LAUNCH,
        "B52",
        Some(Status::Unsupported),
    );
    // Negative row: a figure after a lowercase word is a value, judged
    // as one, not a name.
    case("The fleet flies 11 routes.", LAUNCH, "Windows 11", None);
}

#[test]
fn masked_amounts_are_judged_by_their_letter() {
    case(
        "Premium costs $XXX monthly.",
        LAUNCH,
        "$XXX",
        Some(Status::Match),
    );
    case(
        "Premium costs $X,XXX monthly.",
        LAUNCH,
        "$X,XXX",
        Some(Status::Match),
    );
    case(
        "Premium costs $YYY monthly.",
        LAUNCH,
        "$YYY",
        Some(Status::Mismatch),
    );
    case(
        "Premium costs £XXX monthly.",
        LAUNCH,
        "£XXX",
        Some(Status::Unsupported),
    );
}

#[test]
fn a_window_counted_from_now_supports_only_a_window() {
    let source = "The gym charges $50 a month for two weeks. \
        Members who join within the next week get 10% off.";
    case(
        "The gym charges $50 a month for one week.",
        source,
        "one week",
        Some(Status::Mismatch),
    );
    // Negative rows: the window restated as a window, the length as a
    // length.
    case(
        "Members joining within the next week get 10% off.",
        source,
        "the next week",
        Some(Status::Match),
    );
    case(
        "The gym charges $50 a month for two weeks.",
        source,
        "two weeks",
        Some(Status::Match),
    );
    // A window the source does not state is not judged, as a relative
    // date is not.
    case(
        "Members got 10% off over the past month.",
        source,
        "the past month",
        None,
    );
}
