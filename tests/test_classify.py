"""From act, means and sides to ACLED's event type and sub-event type."""

from __future__ import annotations

import pytest

from pantau.events.classify import classify, taxonomy


@pytest.mark.parametrize(
    ("act", "qualifiers", "agent", "target", "context", "expected"),
    [
        ("attack", {"air"}, "military", "rebel", set(), ("Explosions/Remote violence", "Air/drone strike")),
        ("explode", {"suicide"}, "rebel", "civilians", set(), ("Explosions/Remote violence", "Suicide bomb")),
        ("explode", set(), None, None, set(), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("bomb", set(), "military", "rebel", set(), ("Explosions/Remote violence", "Air/drone strike")),
        ("explode", set(), "police", None, set(), ("Strategic developments", "Disrupted weapons use")),
        ("seize", set(), "rebel", "military", set(), ("Battles", "Non-state actor overtakes territory")),
        ("seize", set(), "military", "rebel", set(), ("Battles", "Government regains territory")),
        ("attack", set(), "unidentified", "police", set(), ("Battles", "Armed clash")),
        ("shoot", set(), "unidentified", "civilians", set(), ("Violence against civilians", "Attack")),
        ("protest", set(), "protesters", None, set(), ("Protests", "Peaceful protest")),
        ("protest", {"intervention"}, "protesters", "police", set(), ("Protests", "Protest with intervention")),
        ("riot", set(), "rioters", "police", {"protest"}, ("Riots", "Violent demonstration")),
        ("mob", set(), "rioters", "civilians", set(), ("Riots", "Mob violence")),
        ("burn", set(), "unidentified", "police", set(), ("Strategic developments", "Looting/property destruction")),
        ("arrest", set(), "police", "rebel", {"notable"}, ("Strategic developments", "Arrests")),
        ("arrest", set(), "police", "civilians", set(), None),
        ("abduct", set(), "rebel", "civilians", set(), ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_classify(act: str, qualifiers: set[str], agent: str | None, target: str | None, context: set[str],
                  expected: tuple[str, str] | None) -> None:
    assert classify(act, qualifiers, agent, target, context) == expected


def test_taxonomy_has_six_types_and_25_sub_types() -> None:
    tax = taxonomy()
    assert len(tax.disorder) == 6
    assert len(tax.priority) == 25
