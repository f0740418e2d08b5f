"""Word forms of event roots: Indonesian affixation and English inflection.

The trigger lexicons list roots ("tembak", "attack"); this module generates the forms a news
report uses ("menembak", "ditembak", "penembakan", "tembakan", "menembaki"; "attacked",
"attacking") and tells the voice each form carries, which decides who is agent and who is
target. Indonesian nasal assimilation follows the standard rules of meN-/peN- (KBBI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VOWELS = "aeiou"


@dataclass(frozen=True)
class WordForm:
    form: str
    root: str
    voice: str  # "active" | "passive" | "nominal" | "intransitive" | "bare"


def _syllables(root: str) -> int:
    return len(re.findall(r"[aeiou]+", root))


def nasal_prefix(root: str, base: str) -> str:
    """Attach meN- (base "me") or peN- (base "pe") to a root, with nasal assimilation."""
    first, rest = root[0], root[1:]
    cluster = len(root) > 1 and root[1] not in VOWELS  # "protes", "traktir", "klaim" keep their onset
    if _syllables(root) == 1 and not cluster:
        return f"{base}nge{root}"  # bom -> mengebom, pengeboman
    if first in VOWELS:
        return f"{base}ng{root}"
    if first == "p":
        return f"{base}m{root}" if cluster else f"{base}m{rest}"
    if first in "bfv":
        return f"{base}m{root}"
    if first == "t":
        return f"{base}n{root}" if cluster else f"{base}n{rest}"
    if first in "dcjz":
        return f"{base}n{root}"
    if first == "s":
        return f"{base}n{root}" if cluster else f"{base}ny{rest}"
    if first == "k":
        return f"{base}ng{root}" if cluster else f"{base}ng{rest}"
    if first in "gh" or root.startswith("kh"):
        return f"{base}ng{root}"
    return f"{base}{root}"  # l, m, n, r, w, y, ny, ng


def indonesian_forms(root: str) -> list[WordForm]:
    """Every affixed form of an Indonesian root that news text uses, with its voice."""
    forms: list[WordForm] = []

    def add(form: str, voice: str) -> None:
        forms.append(WordForm(form, root, voice))

    active = nasal_prefix(root, "me")
    nominal = nasal_prefix(root, "pe")
    ber = "be" + root if root.startswith("r") else "ber" + root
    add(root, "bare")
    add(root + "an", "nominal")
    add(f"{root}-{root}", "nominal")
    add(f"{root}an-{root}an", "nominal")
    add(nominal + "an", "nominal")
    add("per" + root + "an", "nominal")
    add("ke" + root + "an", "nominal")
    add(ber, "intransitive")
    add(ber + "an", "intransitive")
    for suffix in ("", "kan", "i"):
        add(active + suffix, "active")
        add("di" + root + suffix, "passive")
        add("ter" + root + suffix, "passive")
        if suffix:
            add(root + suffix, "bare")
    if root.endswith("kan") or root.endswith("i"):
        add(nasal_prefix(root, "pe") + "an", "nominal")
    with_clitic = [WordForm(f.form + "nya", f.root, f.voice) for f in forms]
    return forms + with_clitic


def english_forms(root: str) -> list[WordForm]:
    """Regular English inflections of a verb or noun root."""
    forms = [WordForm(root, root, "bare"), WordForm(root + "s", root, "bare")]
    if root.endswith("e"):
        stem_ing, past = root[:-1] + "ing", root + "d"
    elif re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", root) and len(root) <= 4:
        stem_ing, past = root + root[-1] + "ing", root + root[-1] + "ed"  # stab -> stabbed
    elif root.endswith("y") and root[-2:-1] not in VOWELS:
        stem_ing, past = root + "ing", root[:-1] + "ied"
    else:
        stem_ing, past = root + "ing", root + "ed"
    if root.endswith(("sh", "ch", "s", "x")):
        forms.append(WordForm(root + "es", root, "bare"))
    forms += [WordForm(past, root, "past"), WordForm(stem_ing, root, "nominal")]
    forms.append(WordForm(root + "er", root, "nominal"))
    forms.append(WordForm(root + "ers", root, "nominal"))
    return forms


def voice_of_word(word: str, lang: str) -> str:
    """The voice an unlisted word form carries (for phrase triggers: "mengambil alih"): a phrase
    carries the voice of its first word ("set on fire")."""
    lower = (word.lower().split() or [""])[0]
    if lang == "id":
        if lower.startswith(("me", "meng", "mem", "men", "meny")):
            return "active"
        if lower.startswith(("di", "ter")):
            return "passive"
        if lower.startswith(("pe", "ke")) or lower.endswith("an"):
            return "nominal"
        if lower.startswith("ber"):
            return "intransitive"
        return "bare"
    if lower.endswith("ed") or lower in {"took", "fell", "fought", "shot", "slain", "held", "set"}:
        return "past"
    if lower.endswith("ing"):
        return "nominal"
    return "bare"
