#!/usr/bin/env python3
"""Writes src/extract/title/role_heads.rs: the English nouns that name a role
a person holds (occupations, offices, ranks, honorifics, community roles),
from WordNet 3.0.

Source: Princeton WordNet 3.0 (WordNet 3.0 license, a BSD-style licence
that allows use and redistribution with the copyright notice: "WordNet 3.0
Copyright 2006 by Princeton University. All rights reserved."), as Debian's
`wordnet-base` package installs it in /usr/share/wordnet. Run from the
project root:

    apt-get install -y wordnet-base
    python3 scripts/role_heads.py > src/extract/title/role_heads.rs

What is taken: every one-word noun (hyphenated words included) whose most
frequent noun sense (the first in WordNet's index.noun) is a hyponym of
person.n.01, so "director", "elder", "governor" and "Republican" are in,
and "match", "case", "host" of a sense that is rarely a person, or "bank",
are out: a word is a role head only when a reader takes it for a person.
Instance hyponyms (named people) are not followed.

Left out, with all the synsets below them, because they say how a person
stands to someone else or what a person is, not a post they hold (a
descriptor must be a post: "his predecessor, Tom Hale" gives Hale no
title):

- relational nouns: relative, spouse, domestic partner, lover, friend,
  acquaintance, associate (ally, colleague, accomplice), peer, adversary,
  rival, predecessor, successor, neighbour, follower, supporter, and the
  kinds of man and woman (husband, widow, girlfriend);
- what a person is rather than does: sex and age groups (male, female,
  juvenile), inhabitants and natives, nationals, ethnic and racial groups,
  the unfortunate (victims, prisoners) and wrongdoers.

The result is sorted case-insensitively for binary search.
"""
import sys

WORDNET = "/usr/share/wordnet"
PERSON = "00007846"

# synset offset: why it is left out (each with its hyponyms)
EXCLUDED = {
    "10235549": "relative",
    "10640620": "spouse",
    "10024362": "domestic partner",
    "09622302": "lover",
    "10112591": "friend",
    "09763784": "acquaintance",
    "09816771": "associate (ally, colleague, accomplice)",
    "09626238": "peer, equal",
    "09773245": "adversary, opponent",
    "10533013": "rival",
    "10464711": "predecessor",
    "10671736": "successor",
    "10671613": "successor, heir",
    "10352299": "neighbour",
    "10099375": "follower",
    "10677713": "supporter, admirer",
    "10287213": "man (adult male)",
    "10288516": "man (husband, lover)",
    "10787470": "woman (adult female)",
    "10788852": "woman (wife, mistress)",
    "09619168": "female",
    "09624168": "male",
    "09622049": "juvenile",
    "09620078": "inhabitant",
    "09620794": "native",
    "09625401": "national, subject",
    "09636106": "person of color",
    "09638875": "White",
    "09636339": "Black",
    "09644820": "Native American",
    "09634494": "African",
    "09681351": "Jew",
    "09676884": "Slav",
    "09630641": "unfortunate (victim, prisoner)",
    "09831962": "bad person (wrongdoer)",
}


def read_synsets():
    synsets = {}
    with open(f"{WORDNET}/data.noun", encoding="latin-1") as data:
        for line in data:
            if line.startswith("  "):
                continue
            parts = line.split()
            offset = parts[0]
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = int(parts[at])
            at += 1
            hyponyms = []
            hypernyms = []
            for _ in range(pointers):
                symbol, target, pos = parts[at], parts[at + 1], parts[at + 2]
                if symbol == "~" and pos == "n":
                    hyponyms.append(target)
                if symbol == "@" and pos == "n":
                    hypernyms.append(target)
                at += 4
            synsets[offset] = (words, hyponyms, hypernyms)
    return synsets


def closure(synsets, root, excluded):
    seen = set()
    stack = [root]
    while stack:
        offset = stack.pop()
        if offset in seen or offset in excluded:
            continue
        seen.add(offset)
        stack.extend(synsets[offset][1])
    return seen


def senses():
    """Every noun's senses, most frequent first."""
    found = {}
    with open(f"{WORDNET}/index.noun", encoding="latin-1") as index:
        for line in index:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, count, pointers = parts[0], int(parts[2]), int(parts[3])
            found[lemma] = parts[6 + pointers : 6 + pointers + count]
    return found


def ancestors(synsets, offset, people, depth=2):
    """The synsets at most `depth` steps above `offset` that are kinds of
    person: close enough to be a plain word for the same post ("diplomat"
    for "ambassador"), not so far as "worker"."""
    seen = set()
    frontier = [offset]
    for _ in range(depth):
        above = [
            a
            for f in frontier
            for a in synsets[f][2]
            if a in people and a != PERSON and a not in seen
        ]
        seen.update(above)
        frontier = above
    return seen


def first_senses():
    first = {}
    with open(f"{WORDNET}/index.noun", encoding="latin-1") as index:
        for line in index:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, senses, pointers = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[6 + pointers : 6 + pointers + senses]
            if offsets:
                first[lemma] = offsets[0]
    return first


def main():
    synsets = read_synsets()
    people = closure(synsets, PERSON, set(EXCLUDED))
    first = first_senses()
    heads = {}
    for offset in people:
        for word in synsets[offset][0]:
            word = word.split("(")[0]
            if "_" in word or not word.replace("-", "").isalpha():
                continue
            if first.get(word.lower()) not in people:
                continue
            # Keep the capitalization WordNet gives ("Republican").
            heads.setdefault(word.lower(), word)
    words = sorted(heads.values(), key=str.lower)
    # For each head, the heads one or two steps above any of its person
    # senses: "diplomat" and "official" above "ambassador". A descriptor
    # with one of them says less than the title, and contradicts nothing.
    all_senses = senses()
    parents = {}
    for word in words:
        above = set()
        for offset in all_senses.get(word.lower(), []):
            if offset in people:
                for ancestor in ancestors(synsets, offset, people):
                    for name in synsets[ancestor][0]:
                        name = name.split("(")[0].lower()
                        if name in heads and name != word.lower():
                            above.add(name)
        if above:
            parents[word.lower()] = sorted(above)
    out = sys.stdout
    out.write("//! Role heads: one-word nouns whose first WordNet 3.0 sense is a kind of\n")
    out.write("//! person, relational nouns left out. Generated by `scripts/role_heads.py`\n")
    out.write("//! from Princeton WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton\n")
    out.write("//! University, WordNet licence). Do not edit: run the script.\n\n")
    out.write("/// Sorted case-insensitively for binary search.\n")
    out.write("pub(crate) const ROLE_HEADS: &[&str] = &[\n")
    for word in words:
        out.write(f'    "{word}",\n')
    out.write("];\n\n")
    out.write("/// For each role head (lowercase), the role heads above it in WordNet,\n")
    out.write("/// space-separated: a descriptor with one of them says less. Sorted by head.\n")
    out.write("pub(crate) const ROLE_PARENTS: &[(&str, &str)] = &[\n")
    for word in sorted(parents):
        out.write(f'    ("{word}", "{" ".join(parents[word])}"),\n')
    out.write("];\n")


if __name__ == "__main__":
    main()
