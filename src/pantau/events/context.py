"""Whether a trigger reports an act that happened: vetoes, negation, modality, scope, domain.

Denied, planned, threatened, feared or hypothetical acts are not events; neither are acts in a
domain ACLED does not code (sport, cyber attacks, accidents, disasters, disease, private crime,
trials, drills) unless the sentence also carries a political-violence marker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pantau.lang import load_yaml, word_list
from pantau.mentions.lexicon import PhraseHit, PhraseIndex, cue_index, cue_words, normalise_words
from pantau.mentions.tokens import Token

NEGATION_WINDOW = 3  # "tidak meledak", "belum ditangkap": negation sits right before the verb
POLITICAL_NEGATION_WINDOW = 6  # "tidak terkait dengan tindakan terorisme"
HEARSAY_WINDOW = 4  # "reports of widespread atrocities": the hearsay word sits just before the act
HEARSAY_REACH = 20  # words a hearsay cue governs across a list of acts
BACKGROUND_REACH = 20  # words: "two days after 30 villagers died in a rebel raid on the market"
PUNCTUATION_BREAKS = {",", ";", ":", "–", "—", "(", ")", '"', "“", "”", "."}
NOMINAL_VOICES = {"nominal"}


@dataclass(frozen=True)
class Cues:
    vetoes: PhraseIndex
    scope_blockers: PhraseIndex  # modality, hypothetical, purpose, denial, rumour
    negation: frozenset[str]
    hearsay: PhraseIndex
    descriptive: PhraseIndex
    qualifiers: PhraseIndex
    domains: PhraseIndex
    political: PhraseIndex
    political_negation: PhraseIndex
    clause_breaks: frozenset[str]
    backer: PhraseIndex
    stative_marker: frozenset[str]


@cache
def cues(lang: str) -> Cues:
    data = load_yaml(lang, "cues")
    breaks = set(word_list(data, "clause_breaks", where=f"lang/{lang}/cues.yaml")) - {"dan", "and"}
    return Cues(
        vetoes=cue_index(lang, "vetoes"),
        scope_blockers=cue_index(lang, "modality", "hypothetical", "purpose", "denial", "rumour"),
        negation=cue_words(lang, "negation"),
        hearsay=cue_index(lang, "hearsay"),
        descriptive=cue_index(lang, "descriptive"),
        qualifiers=cue_index(lang, "qualifiers"),
        domains=cue_index(lang, "domains"),
        political=cue_index(lang, "political"),
        political_negation=cue_index(lang, "political_negation"),
        clause_breaks=frozenset(breaks),
        backer=cue_index(lang, "backer"),
        stative_marker=cue_words(lang, "stative_marker"),
    )


def told_day_shift(words: Sequence[str], lang: str) -> int:
    """Days to move the time just told for a sentence dated against it: -1 for "the day before"."""
    if cue_index(lang, "day_before_told").find(words):
        return -1
    if cue_index(lang, "day_after_told").find(words):
        return 1
    return 0


ACT_SHIFT_WINDOW = 4  # words: "tewas sehari sebelumnya ketika demonstrasi"
ACT_SHIFT_AFTER = 10  # words: "the blast that ripped through a church the day before"


def act_day_shift(words: Sequence[str], trigger: PhraseHit, lang: str) -> int:
    """Days to move the sentence's own time for an act told as "the day before" it, right before
    the act (the funeral was on Saturday, the protest "sehari sebelumnya ketika demonstrasi") or
    after it in the same stretch of text ("police probed the blast that hit a church the day
    before")."""
    before = told_day_shift(words[max(0, trigger.first - ACT_SHIFT_WINDOW):trigger.first], lang)
    if before:
        return before
    end = min(punctuation_end(words, trigger.last), trigger.last + ACT_SHIFT_AFTER)
    return told_day_shift(words[trigger.last + 1:end + 1], lang)


def clause_start(words: Sequence[str], index: int, lang: str) -> int:
    """The first token of the clause holding ``words[index]``."""
    breaks = cues(lang).clause_breaks
    position = index - 1
    while position >= 0:
        if words[position] in PUNCTUATION_BREAKS or words[position] in breaks:
            return position + 1
        position -= 1
    return 0


def clause_end(words: Sequence[str], index: int, lang: str) -> int:
    """The last token of the clause holding ``words[index]``."""
    breaks = cues(lang).clause_breaks
    position = index + 1
    while position < len(words):
        if words[position] in PUNCTUATION_BREAKS or words[position] in breaks:
            return position - 1
        position += 1
    return len(words) - 1


def is_vetoed(words: Sequence[str], trigger: PhraseHit, lang: str) -> bool:
    """The trigger is part of a phrase that names something else ("serangan jantung")."""
    return any(hit.first <= trigger.last and trigger.first <= hit.last for hit in cues(lang).vetoes.find(words))


def is_blocked(words: Sequence[str], trigger: PhraseHit, lang: str) -> str | None:
    """Why the act did not (yet) happen, or None: negated, planned, hypothetical, denied..."""
    c = cues(lang)
    start = clause_start(words, trigger.first, lang)
    for position in range(max(start, trigger.first - NEGATION_WINDOW), trigger.first):
        if words[position] in c.negation:
            return "negated"
    for hit in c.scope_blockers.find(words[start:trigger.first]):
        return hit.concept
    if c.hearsay.find(words[max(start, trigger.first - HEARSAY_WINDOW):trigger.first]):
        return "hearsay"
    # "reports of widespread atrocities, men being shot and women raped": the cue governs the list
    reach = trigger.first
    while reach > max(0, trigger.first - HEARSAY_REACH) and words[reach - 1] not in {".", ";", ":"}:
        reach -= 1
    for hit in c.hearsay.find(words[reach:trigger.first]):
        if not _list_broken(words, reach + hit.last, trigger.first, lang):
            return "hearsay"
    return None


def _list_broken(words: Sequence[str], cue_last: int, trigger_first: int, lang: str) -> bool:
    """Whether the act is not an item of the list a hearsay cue opens: no "and"/comma between them
    ("reports of a man with a gun ... fatally shot": the act is the main verb), or a clause break."""
    listing = cue_words(lang, "coordinators")
    between = words[cue_last + 1:trigger_first]
    return not any(word in listing for word in between) or any(
        word in cues(lang).clause_breaks and word not in listing for word in between)


def is_stative(words: Sequence[str], trigger: PhraseHit, lang: str) -> bool:
    """"wilayah yang dikuasai X" and "Taliban menguasai sebagian besar wilayah": holding ground is
    a state, not an act; a seizure is told with a word of change ("telah menguasai")."""
    if trigger.voice == "passive" and trigger.first > 0 and words[trigger.first - 1] in cues(lang).stative_marker:
        return True
    if trigger.first != trigger.last or words[trigger.first] not in cue_words(lang, "stative_seize_forms"):
        return False
    clause = words[clause_start(words, trigger.first, lang):trigger.first]
    return not cue_index(lang, "change_markers").find(clause)


RELATIVE_WINDOW = 4


def is_background(words: Sequence[str], trigger: PhraseHit, lang: str) -> bool:
    """"Bentrokan dipicu oleh pembunuhan X": the cause an act is said to have is an earlier act."""
    # The cue often is the clause break itself ("two days after 30 villagers died"), so look back
    # a few words rather than to the clause start, but never past punctuation.
    start = max(0, trigger.first - BACKGROUND_REACH)
    for position in range(trigger.first - 1, start - 1, -1):
        if words[position] in PUNCTUATION_BREAKS:
            start = position + 1
            break
    if cue_index(lang, "background").find(words[start:trigger.first]):
        return True
    return _after_cause(words, trigger, lang)


def _after_cause(words: Sequence[str], trigger: PhraseHit, lang: str) -> bool:
    """A cause cue earlier in the sentence makes background of a relative clause that describes
    the cause ("dipicu oleh pembunuhan X, yang tewas setelah ditembak"), not of the main clause
    after a fronted cause ("Sebagai balasan atas X, pemberontak menembakkan roket")."""
    hits = cue_index(lang, "cause_cues").find(words[:trigger.first])
    if not hits:
        return False
    between = range(hits[-1].last + 1, trigger.first)
    if any(words[position] in {";", ".", ":"} for position in between):
        return False
    commas = [position for position in between if words[position] == ","]
    # commas of an appositive ("pembunuhan X, Burhan (22), yang ...") may come first; the last one
    # must open the relative clause the act is told in
    return not commas or words[commas[-1] + 1] in cue_words(lang, "relative_markers")


def is_explained(words: Sequence[str], trigger: PhraseHit, lang: str) -> bool:
    """"Bentrokan dipicu oleh pembunuhan X", "The clashes were sparked by X": an act whose cause is
    being told is the subject of the sentence and was reported before; it names no new event."""
    following = list(words[trigger.last + 1:trigger.last + 3])
    if not following:
        return False
    if lang == "id":
        if trigger.voice not in NOMINAL_VOICES:
            return False
        offset = 0
    elif following[0] in cue_words(lang, "passive_auxiliaries"):
        offset = 1  # "were sparked by"
    else:
        return False
    after = words[trigger.last + 1:trigger.last + 6]
    return any(hit.first == offset for hit in cue_index(lang, "background").find(after))


EXAMPLE_LEAD_REACH = 6  # words: the example cue may follow a fronted time


def recalls_examples(previous: Sequence[str], words: Sequence[str], lang: str) -> bool:
    """A sentence that opens with "Salah satunya"/"One of them" after a sentence summing up a period
    ("in recent months, shrines were targeted") gives an example of earlier incidents."""
    opening = words[:EXAMPLE_LEAD_REACH]
    if "," in opening:
        opening = opening[:opening.index(",")]  # "Pada Tahun Baru lalu misalnya, ...": the opening clause
    lead = cue_index(lang, "example_leads").find(opening)
    return bool(lead) and bool(cue_index(lang, "period_frames").find(previous))


@cache
def month_names(lang: str) -> frozenset[str]:
    months = load_yaml(lang, "dates").get("months") or {}
    return frozenset(str(name).lower() for forms in months.values() for name in forms)


def is_month(tokens: Sequence[Token], trigger: PhraseHit, lang: str) -> bool:
    """"in March", "March 15": a month name spelt like an act ("march") dates, it does not report."""
    if trigger.first != trigger.last:
        return False
    token = tokens[trigger.first]
    if not token.text.istitle() or token.text.lower() not in month_names(lang):
        return False
    following = tokens[trigger.first + 1].text if trigger.first + 1 < len(tokens) else ""
    return trigger.first > 0 or following[:1].isdigit()


def in_proper_name(tokens: Sequence[Token], trigger: PhraseHit, lang: str) -> bool:
    """English "Battle Ground Academy", "Operation Desert Storm": a capitalised act word inside a
    run of capitalised words, not opening the sentence, is part of a name."""
    if lang != "en" or trigger.first == 0:
        return False
    words = tokens[trigger.first:trigger.last + 1]
    if not all(token.text.istitle() for token in words):
        return False  # all-capitals text (wire copy) capitalises every word
    neighbours = [tokens[i] for i in (trigger.first - 1, trigger.last + 1) if 0 <= i < len(tokens)]
    return any(token.text.istitle() and token.text.isalpha() for token in neighbours)


def measures_since(words: Sequence[str], lang: str) -> bool:
    """"the first air strikes since 2016": the since-time is a yardstick for a current act."""
    return bool(cue_index(lang, "since_measure").find(words))


def is_descriptive(words: Sequence[str], trigger: PhraseHit, lang: str) -> bool:
    """"X merupakan serangan terbesar": a copula before a nominal act describes, not reports;
    so does a relative clause ("pemrotes yang tewas dalam demonstrasi"): the act is background
    to whoever the clause describes."""
    if trigger.voice not in NOMINAL_VOICES and lang != "en":
        return False  # English plurals ("similar raids") carry no nominal voice of their own
    window = words[max(0, trigger.first - 3):trigger.first]
    if cues(lang).descriptive.find(window):
        return True
    window = words[max(clause_start(words, trigger.first, lang), trigger.first - RELATIVE_WINDOW):trigger.first]
    markers = [i for i, word in enumerate(window) if word in cue_words(lang, "relative_markers")]
    if not markers:
        return False
    # "laskar yang dipimpin bekas perwira itu melancarkan serangan": an active verb after the relative clause
    # is the main predicate again, so the act is reported, not described.
    between = window[markers[-1] + 1:]
    return not any(word.startswith("me") and len(word) > 4 for word in between) if lang == "id" else True


def is_anaphoric(words: Sequence[str], trigger: PhraseHit, lang: str, *, first_sentence: bool) -> bool:
    """"serangan itu", "ledakan tersebut", "the attack" (after the lead): a mention of an act
    already told, which adds to that event rather than starting one. So does a passive in a
    relative clause ("anggota jaringan yang ditangkap di Jambi"): it identifies people by an act
    told elsewhere."""
    if lang == "id" and trigger.voice in {"passive", "active"} and trigger.first > 0 and words[
            trigger.first - 1] == "yang":
        return True  # "kelompok yang menyerang pasukan koalisi": the group, named by what it did
    if trigger.voice not in NOMINAL_VOICES and lang == "id":
        return False
    if lang == "id":
        following = words[trigger.last + 1:trigger.last + 4]  # "serangan Selasa pagi itu"
        if any(word in {",", ".", ";"} for word in following):
            following = following[:following.index(next(w for w in following if w in {",", ".", ";"}))]
        return any(word in cue_words(lang, "demonstratives") for word in following)
    if first_sentence:
        return False  # an English lead names its event with "the" too
    preceding = words[max(0, trigger.first - 2):trigger.first]
    return any(word in cue_words(lang, "demonstratives") for word in preceding)


def qualifiers_in(words: Sequence[str], lang: str) -> set[str]:
    return {hit.concept for hit in cues(lang).qualifiers.find(words)}


def cause_zones(words: Sequence[str], lang: str) -> list[tuple[int, int]]:
    """Token ranges of the causes a sentence names, from the cue to the end of its clause."""
    return [(hit.first, punctuation_end(words, hit.last)) for hit in cue_index(lang, "cause_cues").find(words)]


def qualifiers_for(words: Sequence[str], trigger: PhraseHit, lang: str) -> set[str]:
    """The means named for one act: "Sebagai balasan atas serangan udara, pemberontak menembakkan
    roket": the air strike is the cause's means, the act's own means is the rocket."""
    zones = cause_zones(words, lang)
    own = next(((first, last) for first, last in zones if first <= trigger.first <= last), None)
    found = set()
    for hit in cues(lang).qualifiers.find(words):
        zone = next(((first, last) for first, last in zones if first <= hit.first <= last), None)
        if zone == own:
            found.add(hit.concept)
    return found


CLAUSE_MARKS = {",", ";", ":", ".", "(", ")", "–", "—"}


def punctuation_end(words: Sequence[str], index: int) -> int:
    """The last token before the next punctuation mark: a subordinate clause still counts."""
    position = index + 1
    while position < len(words) and words[position] not in CLAUSE_MARKS:
        position += 1
    return position - 1


def domains_in(words: Sequence[str], lang: str) -> set[str]:
    return {hit.concept for hit in cues(lang).domains.find(words)}


def political_markers(words: Sequence[str], lang: str) -> int:
    """Political-violence markers that are not taken back ("tidak terkait terorisme" does not count)."""
    c = cues(lang)
    count = 0
    for hit in c.political.find(words):
        window = words[max(0, hit.first - POLITICAL_NEGATION_WINDOW):hit.first]
        if not c.political_negation.find(window):
            count += 1
    return count


def backer_char_spans(tokens: Sequence[Token], lang: str) -> list[tuple[int, int]]:
    """Character ranges of what follows a backer cue: neither a participant nor a place."""
    words = normalise_words(tokens)
    spans = []
    for first, last in backed_spans(words, lang):
        if first < len(tokens):
            spans.append((tokens[first].start, tokens[min(last, len(tokens) - 1)].end))
    return spans


def backed_spans(words: Sequence[str], lang: str) -> list[tuple[int, int]]:
    """Token ranges right after a backer cue ("sekutu X", "didukung X"): X is not a participant."""
    spans = []
    for hit in cues(lang).backer.find(words):
        spans.append((hit.last + 1, hit.last + 4))
    return spans
