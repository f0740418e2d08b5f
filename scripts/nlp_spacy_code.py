"""`--code` file for the spaCy CLI: registers Pantau's tokenizer and components."""

import pantau.analysis.id_tokenizer  # noqa: F401
