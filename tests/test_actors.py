"""Actor KB: alias matching, nationality, generic resolution, heads of state, anaphors, user files.

All sentences are written for these tests in the style of Indonesian and English news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau.actors import Actor, ActorFileError, ActorKB, ActorMention, load_actor_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def _mention(kb: ActorKB, text: str, lang: str, surface: str) -> ActorMention:
    mentions = kb.find_mentions(text, lang)
    for mention in mentions:
        if mention.text == surface:
            assert text[mention.start : mention.end] == surface
            return mention
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in mentions]}")


def _resolved_name(kb: ActorKB, mention: ActorMention, country: str | None, year: int | None) -> str | None:
    actor = kb.resolve(mention, country, year)
    return actor.name if actor else None


# (text, lang, mention text, actor for an event in Indonesia in 2020)
ALIASES = [
    ("Tim Densus 88 menangkap seorang terduga teroris di Sukoharjo.", "id", "Densus 88",
     "Police Forces of Indonesia (2014-2024)"),
    ("Kapolsek mengatakan polisinya sudah berjaga sejak subuh.", "id", "polisinya",
     "Police Forces of Indonesia (2014-2024)"),
    ("Kontak tembak antara prajurit TNI dan KKB terjadi di Kabupaten Puncak.", "id", "KKB",
     "TPNPB: West Papua National Liberation Army"),
    ("Kontak tembak antara prajurit TNI dan KKB terjadi di Kabupaten Puncak.", "id", "prajurit TNI",
     "Military Forces of Indonesia (2014-2024)"),
    ("Kelompok Separatis Teroris kembali membakar gedung sekolah.", "id", "Kelompok Separatis Teroris",
     "TPNPB: West Papua National Liberation Army"),
    ("Polda Metro Jaya menetapkan tiga orang sebagai tersangka.", "id", "Polda Metro Jaya",
     "Police Forces of Indonesia (2014-2024)"),
    ("Polda Jawa Barat Kombes Pol Andi Wijaya mengatakan tiga orang ditahan.", "id", "Polda Jawa Barat",
     "Police Forces of Indonesia (2014-2024)"),
    ("Tentara-tentara berjaga di pos perbatasan sejak Senin.", "id", "Tentara-tentara",
     "Military Forces of Indonesia (2014-2024)"),
    ("Para demonstran membakar ban di depan gedung DPRD.", "id", "Para demonstran", "Protesters (Indonesia)"),
    ("Dua OTK menyerang pos ronda dengan senjata tajam.", "id", "OTK", "Unidentified Armed Group (Indonesia)"),
    ("Sekelompok orang tak dikenal menembaki truk logistik.", "id", "Sekelompok orang tak dikenal",
     "Unidentified Armed Group (Indonesia)"),
    ("Mahasiswa berunjuk rasa menolak kenaikan harga BBM.", "id", "Mahasiswa", "Protesters (Indonesia)"),
    ("Warga sipil menjadi korban ledakan di pasar.", "id", "Warga sipil", "Civilians (Indonesia)"),
    ("Ratusan perusuh melempari kantor bupati dengan batu.", "id", "perusuh", "Rioters (Indonesia)"),
    ("Sisa anggota MIT diyakini bersembunyi di hutan Poso.", "id", "MIT", "MIT: Mujahidin Indonesia Timur"),
    ("Sel Jamaah Ansharut Daulah di Makassar dibongkar.", "id", "Jamaah Ansharut Daulah",
     "JAD: Jamaah Ansharut Daulah"),
    ("Pemberontak Houthi menembakkan rudal ke arah kapal dagang.", "id", "Pemberontak Houthi",
     "Houthi Movement (Ansar Allah)"),
    ("Hay'at Tahrir al-Sham fighters entered the city at dawn.", "en", "Hay'at Tahrir al-Sham fighters",
     "Hayat Tahrir al-Sham"),
    ("The SDF said it had taken control of the dam.", "en", "SDF", "Syrian Democratic Forces"),
    ("Al-Shabaab militants attacked a hotel in the capital.", "en", "Al-Shabaab militants", "Al Shabaab"),
    ("The New People's Army ambushed an army patrol.", "en", "New People's Army", "NPA: New People's Army"),
    ("Unknown gunmen opened fire on a minibus.", "en", "Unknown gunmen", "Unidentified Armed Group (Indonesia)"),
    ("Riot police fired tear gas at the crowd.", "en", "Riot police", "Police Forces of Indonesia (2014-2024)"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), ALIASES)
def test_alias_matching(kb: ActorKB, text: str, lang: str, surface: str, expected: str) -> None:
    assert _resolved_name(kb, _mention(kb, text, lang, surface), "ID", 2020) == expected


# (text, lang, word, whether it is an actor mention): acronyms match only as written
CASES = [
    ("KKB kembali menembaki pesawat perintis.", "id", "KKB", True),
    ("Warga menyebut kkb sebagai momok di kampungnya.", "id", "kkb", False),
    ("Pasukan AS menarik diri dari pangkalan itu.", "id", "AS", True),
    ("Mobil itu berhenti karena as roda patah.", "id", "as", False),
    ("The bombing, which IS claimed, killed four people.", "en", "IS", True),
    ("The market is closed after the bombing.", "en", "is", False),
    ("BREAKING: THIS IS NOT A DRILL, OFFICIALS SAY", "en", "IS", False),
    ("Taliban fighters seized the district.", "en", "Taliban", True),
]


@pytest.mark.parametrize(("text", "lang", "word", "found"), CASES)
def test_case_aware_matching(kb: ActorKB, text: str, lang: str, word: str, found: bool) -> None:
    start = text.index(word)
    hits = [m for m in kb.find_mentions(text, lang) if m.start <= start < m.end]
    assert bool(hits) == found


# (text, lang, mention text, generic, country the text names)
NATIONALITIES = [
    ("Tentara Suriah merebut kembali kota itu.", "id", "Tentara Suriah", "military", "SY"),
    ("Jet tempur Rusia membombardir pinggiran Idlib.", "id", "Jet tempur Rusia", "military", "RU"),
    ("Polisi Filipina menembak mati dua tersangka narkoba.", "id", "Polisi Filipina", "police", "PH"),
    ("Militer Israel melancarkan serangan ke Rafah.", "id", "Militer Israel", "military", "IL"),
    ("Polisi Malaysia menahan tiga pekerja migran.", "id", "Polisi Malaysia", "police", "MY"),
    ("Pasukan pemerintah Suriah menguasai jalan tol.", "id", "Pasukan pemerintah Suriah", "military", "SY"),
    ("Syrian troops shelled the town overnight.", "en", "Syrian troops", "military", "SY"),
    ("Russian warplanes struck a market in Idlib.", "en", "Russian warplanes", "military", "RU"),
    ("U.S. forces said they killed a senior commander.", "en", "U.S. forces", "military", "US"),
    ("Philippine police arrested the suspect in Manila.", "en", "Philippine police", "police", "PH"),
    ("Rusia menyerang Kyiv dengan puluhan drone.", "id", "Rusia", "state", "RU"),
    ("Israel launched a new offensive on Sunday.", "en", "Israel", "state", "IL"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "generic", "country"), NATIONALITIES)
def test_nationality_sets_country(kb: ActorKB, text: str, lang: str, surface: str, generic: str,
                                  country: str) -> None:
    mention = _mention(kb, text, lang, surface)
    assert (mention.generic, mention.country, mention.actor) == (generic, country, None)


# A country named as a place is not an actor: (text, lang, country word)
PLACES = [
    ("Ledakan terjadi di Suriah utara pada Selasa.", "id", "Suriah"),
    ("The blast hit a market in Kabul, Afghanistan.", "en", "Afghanistan"),
    ("Fighting resumed in northern Syria on Friday.", "en", "Syria"),
    ("Kantor berita Rusia TASS melaporkan ledakan itu.", "id", "Rusia"),
    ("Gubernur Bank Indonesia menaikkan suku bunga acuan.", "id", "Indonesia"),
]


@pytest.mark.parametrize(("text", "lang", "word"), PLACES)
def test_country_as_place_is_not_an_actor(kb: ActorKB, text: str, lang: str, word: str) -> None:
    start = text.index(word)
    assert not [m for m in kb.find_mentions(text, lang) if m.start <= start < m.end]


@pytest.mark.parametrize(("text", "lang"), [
    ("Bentrokan meletus di depan istana Assad.\nTentara kemudian menutup jalan.", "id"),
    ("Polisi mencari pelaku. Penembakan itu terjadi dini hari.", "id"),
    ("The convoy reached Russia. Troops then moved north.", "en"),
])
def test_mentions_do_not_cross_sentences(kb: ActorKB, text: str, lang: str) -> None:
    mentions = kb.find_mentions(text, lang)
    assert len(mentions) >= 2
    assert all("." not in m.text and "\n" not in m.text for m in mentions)


# (text, lang, mention text, event country, event year, expected actor)
RESOLUTION = [
    ("Polisi membubarkan massa dengan gas air mata.", "id", "Polisi", "ID", 2019,
     "Police Forces of Indonesia (2014-2024)"),
    ("Polisi membubarkan massa dengan gas air mata.", "id", "Polisi", "ID", 2010,
     "Police Forces of Indonesia (2004-2014)"),
    ("Polisi membubarkan massa dengan gas air mata.", "id", "Polisi", "ID", 2025, "Police Forces of Indonesia (2024-)"),
    ("Polisi membubarkan massa dengan gas air mata.", "id", "massa", "ID", 2025, "Rioters (Indonesia)"),
    ("Police fired tear gas at protesters.", "en", "Police", "US", 2019,
     "Police Forces of the United States (2017-2021)"),
    ("Police fired tear gas at protesters.", "en", "protesters", "US", 2022, "Protesters (United States)"),
    ("Tentara menembaki desa itu dari helikopter.", "id", "Tentara", "MM", 2022, "Military Forces of Myanmar (2021-)"),
    ("Warga Suriah tewas dalam serangan di Turki.", "id", "Warga Suriah", "TR", 2020, "Civilians (Turkey)"),
    ("Tentara Suriah menembaki perbatasan Turki.", "id", "Tentara Suriah", "TR", 2020,
     "Military Forces of Syria (2000-2024)"),
    ("Gunmen stormed a church during Sunday mass.", "en", "Gunmen", "CD", 2023,
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Militan ISIS menyerang pos pemeriksaan.", "id", "Militan ISIS", "SY", 2017, "Islamic State (Syria)"),
    ("Militan ISIS menyerang pos pemeriksaan.", "id", "Militan ISIS", "AF", 2019, "Islamic State (Afghanistan)"),
    ("Taliban menguasai pusat distrik itu.", "id", "Taliban", "AF", 2019, "Taliban"),
    ("Taliban menguasai pusat distrik itu.", "id", "Taliban", "AF", 2023, "Military Forces of Afghanistan (2021-)"),
    ("Taliban menguasai pusat distrik itu.", "id", "Taliban", "PK", 2023, "TTP: Tehreek-i-Taliban Pakistan"),
    ("Densus 88 menggerebek sebuah rumah kontrakan.", "id", "Densus 88", "ID", 2012,
     "Police Forces of Indonesia (2004-2014)"),
    ("Rezim Assad kembali menjatuhkan bom barel.", "id", "Rezim Assad", "SY", 2016, "Government of Syria (2000-2024)"),
    ("Pemberontak menembaki konvoi militer.", "id", "Pemberontak", "SY", 2016, None),
    ("Aparat menangkap puluhan orang di lokasi.", "id", "Aparat", None, 2016, None),
]


@pytest.mark.parametrize(("text", "lang", "surface", "country", "year", "expected"), RESOLUTION)
def test_resolution_by_event_country_and_year(kb: ActorKB, text: str, lang: str, surface: str,
                                              country: str | None, year: int, expected: str | None) -> None:
    assert _resolved_name(kb, _mention(kb, text, lang, surface), country, year) == expected


@pytest.mark.parametrize(("country", "kind", "year", "expected"), [
    ("ID", "military", 2020, "Military Forces of Indonesia (2014-2024)"),
    ("US", "military", 2022, "Military Forces of the United States (2021-2025)"),
    ("SY", "government", 2016, "Government of Syria (2000-2024)"),
    ("PH", "police", 2017, "Police Forces of the Philippines (2016-2022)"),
    ("RU", "military", None, "Military Forces of Russia (2000-)"),
    ("FJ", "military", 2020, "Military Forces of Fiji"),
])
def test_state_forces(kb: ActorKB, country: str, kind: str, year: int | None, expected: str) -> None:
    actor = kb.state_forces(country, kind, year)
    assert (actor.name, actor.inter, actor.kind, actor.country) == (expected, 1, kind, country)


def test_state_forces_rejects_unknown_kind(kb: ActorKB) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        kb.state_forces("ID", "navy", 2020)


# (text, lang, mention text, event year, expected government, its country)
HEADS_OF_STATE = [
    ("Presiden Jokowi memerintahkan aparat mengejar pelaku.", "id", "Presiden Jokowi", None,
     "Government of Indonesia (2014-2024)", "ID"),
    ("Presiden Rusia Vladimir Putin memerintahkan serangan balasan.", "id", "Presiden Rusia Vladimir Putin",
     None, "Government of Russia (2000-)", "RU"),
    ("Turkish President Recep Tayyip Erdogan ordered new strikes.", "en",
     "Turkish President Recep Tayyip Erdogan", None, "Government of Turkey (2002-)", "TR"),
    ("Trump ordered the strike on the airbase.", "en", "Trump", 2019,
     "Government of the United States (2017-2021)", "US"),
    ("Trump ordered the strike on the airbase.", "en", "Trump", 2025, "Government of the United States (2025-)", "US"),
    ("Netanyahu menyetujui operasi darat di Gaza.", "id", "Netanyahu", 2024, "Government of Israel (2022-)", "IL"),
    ("Assad menolak tuntutan oposisi.", "id", "Assad", 2016, "Government of Syria (2000-2024)", "SY"),
    ("Prabowo meminta TNI siaga di Papua.", "id", "Prabowo", 2025, "Government of Indonesia (2024-)", "ID"),
    ("Presiden Prancis mengutuk serangan itu.", "id", "Presiden Prancis", 2020, "Government of France (2017-)", "FR"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "year", "expected", "country"), HEADS_OF_STATE)
def test_heads_of_state(kb: ActorKB, text: str, lang: str, surface: str, year: int | None, expected: str,
                        country: str) -> None:
    actor = kb.resolve(_mention(kb, text, lang, surface), None, year)
    assert actor is not None
    assert (actor.name, actor.kind, actor.country) == (expected, "head_of_state", country)


# (text, lang, mention text, generic carried by the anaphor)
ANAPHORS = [
    ("Kelompok tersebut mengaku bertanggung jawab atas penembakan di pos jaga.", "id", "Kelompok tersebut", None),
    ("Pelaku melarikan diri dengan sepeda motor.", "id", "Pelaku", None),
    ("Kelompok bersenjata itu membakar rumah warga.", "id", "Kelompok bersenjata itu", "unidentified"),
    ("The group claimed the attack on its Telegram channel.", "en", "The group", None),
    ("They fled into the forest after the raid.", "en", "They", None),
    ("The president condemned the bombing.", "en", "president", "head_of_state"),
]


@pytest.mark.parametrize(("text", "lang", "surface", "generic"), ANAPHORS)
def test_anaphors(kb: ActorKB, text: str, lang: str, surface: str, generic: str | None) -> None:
    mention = _mention(kb, text, lang, surface)
    assert (mention.anaphor, mention.generic) == (True, generic)
    assert kb.resolve(mention, "ID", 2020) is None


# News agencies and monitors report events; they are never actors: (text, lang, agency)
AGENCIES = [
    ("Dua tentara tewas, lapor kantor berita AFP.", "id", "AFP"),
    ("Menurut kantor berita Antara, polisi menangkap tiga orang.", "id", "Antara"),
    ("Police said, according to Reuters, that five men were detained.", "en", "Reuters"),
    ("The AP reported that troops withdrew from the town.", "en", "AP"),
    ("Kantor berita Suriah SANA menyebut tentara merebut desa itu.", "id", "SANA"),
    ("The Syrian Observatory for Human Rights said 12 fighters died.", "en", "Syrian"),
]


@pytest.mark.parametrize(("text", "lang", "agency"), AGENCIES)
def test_news_agencies_are_never_actors(kb: ActorKB, text: str, lang: str, agency: str) -> None:
    start = text.index(agency)
    mentions = kb.find_mentions(text, lang)
    assert not [m for m in mentions if m.start <= start < m.end]
    assert mentions or lang == "en"  # the Indonesian rows still find the soldiers or police


def test_find_mentions_rejects_unknown_language(kb: ActorKB) -> None:
    with pytest.raises(ValueError, match="lang must be one of"):
        kb.find_mentions("Polisi menangkap pelaku.", "ms")


@pytest.mark.parametrize(("name", "expected_id"), [
    ("Taliban", "taliban"),
    ("Police Forces of Indonesia (2014-2024)", "police:ID:2014"),
    ("Military Forces of the United States (2017-2021)", "military:US:2017"),
    ("Protesters (Indonesia)", "protesters:ID"),
    ("Unidentified Armed Group (Syria)", "unidentified:SY"),
    ("Police Forces of Atlantis (2014-2024)", None),
])
def test_by_name(kb: ActorKB, name: str, expected_id: str | None) -> None:
    actor = kb.by_name(name)
    assert (actor.id if actor else None) == expected_id


USER_FILE = """\
# my own actors
actors:
  - id: laskar_merah
    name: "Laskar Merah: Red Militia"
    inter: 3
    country: ID
    kind: political_militia
    aliases: [Laskar Merah, LMR]
  - id: jad
    name: "JAD: Jamaah Ansharut Daulah (Sulawesi cell)"
    inter: 2
    country: ID
    kind: rebel
    aliases: [JAD]
"""


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Anggota Laskar Merah menyerang posko partai.", "Laskar Merah", "Laskar Merah: Red Militia"),
    ("Polisi menangkap dua anggota JAD di Palu.", "JAD", "JAD: Jamaah Ansharut Daulah (Sulawesi cell)"),
])
def test_user_file_adds_and_overrides(tmp_path: Path, text: str, surface: str, expected: str) -> None:
    path = tmp_path / "my.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    kb = ActorKB.load([path])
    mention = _mention(kb, text, "id", surface)
    assert isinstance(mention.actor, Actor)
    assert mention.actor.name == expected


@pytest.mark.parametrize(("line", "replacement", "message"), [
    (5, "    inter: x", "my.yaml:5: field 'inter' must be an integer 1-8, got 'x'"),
    (5, "    inter: 9", "my.yaml:5: field 'inter' must be an integer 1-8, got 9"),
    (6, "    country: XY", "my.yaml:6: field 'country' must be an ISO 3166-1 alpha-2 code"),
    (7, "    kind: bandits", "my.yaml:7: field 'kind' must be one of"),
    (3, "  - id: Laskar-Merah", "my.yaml:3: field 'id' must be lower-case letters"),
    (8, "    colour: red", "my.yaml:8: field 'colour' is not allowed"),
    (8, "    aliases: Laskar Merah", "my.yaml:8: field 'aliases' must be a list of non-empty strings"),
    (5, "    inter: 3: 4", "my.yaml:5: invalid YAML"),
])
def test_user_file_errors_name_line_and_field(tmp_path: Path, line: int, replacement: str, message: str) -> None:
    lines = USER_FILE.splitlines()
    lines[line - 1] = replacement
    path = tmp_path / "my.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ActorFileError) as caught:
        ActorKB.load([path])
    assert message in str(caught.value)


def test_load_actor_kb_is_cached() -> None:
    assert load_actor_kb() is load_actor_kb()


def test_missing_user_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ActorFileError, match=r"absent\.yaml: cannot read actor file"):
        load_actor_kb([tmp_path / "absent.yaml"])
