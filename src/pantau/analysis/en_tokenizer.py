"""English tokenizer adjustments for web and news text, applied to spaCy's English tokenizer.

UD English-EWT keeps runs of punctuation ("!!!", "?!", "**", "____"), "e-mail", phone numbers
("853-7906") and dates like "01-Feb-02" as single tokens; spaCy splits them.  `adjust()` adds
a token_match and suffix/prefix rules for those; the patterns are saved with the tokenizer
(`Tokenizer.to_disk`), so the shipped model needs no code at load time.
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex, compile_suffix_regex

WHOLE_TOKEN = re.compile(
    r"(?i)^(?:[!?.*_=~#-]{2,}|e-mail|\d+(?:-\d+)+|\d{1,2}-[a-z]{3}-\d{2,4}|[a-z]+(?:-[a-z]+)*-(?:based|led))$"
)
PUNCT_RUN_SUFFIX = r"(?:[!?.]{2,}|\*{2,}|_{2,}|-{2,}|={2,})$"
PUNCT_RUN_PREFIX = r"^(?:\*{2,}|_{2,}|-{2,}|={2,})"


def adjust(tokenizer: Tokenizer, suffixes: list[str], prefixes: list[str]) -> None:
    """Install the EWT-style rules on `tokenizer` (spaCy English defaults passed in)."""
    tokenizer.token_match = WHOLE_TOKEN.match
    tokenizer.suffix_search = compile_suffix_regex([PUNCT_RUN_SUFFIX, *suffixes]).search
    tokenizer.prefix_search = compile_prefix_regex([PUNCT_RUN_PREFIX, *prefixes]).search
