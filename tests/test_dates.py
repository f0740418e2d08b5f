"""Time expressions and their resolution (pantau.dates); every sentence here is our own."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import pytest
import yaml

from pantau.dates import TimeMention, find_times, parse_published
from pantau.dates.context import parse_count
from pantau.dates.lexicon import LexiconError, load_lexicon, parse_lexicon

WED = date(2017, 7, 12)  # a Wednesday
D = date.fromisoformat

# (lang, text, published, earliest, latest, precision, relation, historical)
ROWS = [
    ("id", "Dua polisi terluka dalam serangan itu kemarin.", WED, "2017-07-11", "2017-07-11", 1, "at", False),
    ("id", "Bentrokan pecah semalam di dekat pasar.", WED, "2017-07-11", "2017-07-12", 1, "at", False),
    ("id", "Warga mendengar dua ledakan tadi malam.", WED, "2017-07-11", "2017-07-12", 1, "at", False),
    ("id", "Massa membakar pos ronda kemarin lusa.", WED, "2017-07-10", "2017-07-10", 1, "at", False),
    ("id", "Pengeboman gereja itu terjadi enam tahun lalu.", WED, "2011-01-01", "2011-12-31", 3, "at", True),
    ("id", "Kelompok itu aktif sejak tahun 2016.", WED, "2016-01-01", "2016-12-31", 3, "since", True),
    ("id", "Kerusuhan serupa pernah terjadi pada tahun 2011.", WED, "2011-01-01", "2011-12-31",
     3, "at", True),
    ("id", "Aparat menangkap tiga tersangka Senin (10/7) sore.", WED, "2017-07-10", "2017-07-10",
     1, "at", False),
    ("id", "Polisi membubarkan unjuk rasa itu Sabtu malam.", WED, "2017-07-08", "2017-07-08", 1, "at", False),
    ("id", "Ledakan terdengar Minggu (9/7) dinihari.", WED, "2017-07-09", "2017-07-09", 1, "at", False),
    ("id", "Sidang perdana digelar Kamis (20/10/2016).", WED, "2016-10-20", "2016-10-20", 1, "at", True),
    ("id", "Penyerangan terjadi (5/7) sekitar pukul 21.00 WIT.", WED, "2017-07-05", "2017-07-05",
     1, "at", False),
    ("id", "Jenazah korban dimakamkan 29 Juni 2017 di kampungnya.", WED, "2017-06-29", "2017-06-29", 1, "at",
     False),
    ("id", "Surat perintah itu bertanggal 29/06/2017.", WED, "2017-06-29", "2017-06-29", 1, "at", False),
    ("id", "Penembakan itu terjadi awal bulan ini.", WED, "2017-07-01", "2017-07-10", 3, "at", False),
    ("id", "Demonstrasi digelar akhir pekan lalu di depan gedung dewan.", WED, "2017-07-08", "2017-07-09", 2,
     "at", False),
    ("id", "Pagi tadi, massa kembali berkumpul di alun-alun.", WED, "2017-07-12", "2017-07-12",
     1, "at", False),
    ("id", "Hari ini ribuan buruh turun ke jalan.", WED, "2017-07-12", "2017-07-12", 1, "at", False),
    ("id", "Baku tembak itu pecah dua hari lalu.", WED, "2017-07-10", "2017-07-10", 1, "at", False),
    ("id", "Seorang petani ditemukan tewas pekan lalu.", WED, "2017-07-03", "2017-07-09", 2, "at", False),
    ("id", "Aksi serupa digelar minggu lalu di kota itu.", WED, "2017-07-03", "2017-07-09", 2, "at", False),
    ("id", "Ia diculik bulan lalu oleh orang tak dikenal.", WED, "2017-06-01", "2017-06-30", 3, "at", False),
    ("id", "Gedung itu dibakar massa tahun lalu.", WED, "2016-01-01", "2016-12-31", 3, "at", True),
    ("id", "Jumat lalu pasukan gabungan menyisir hutan.", WED, "2017-07-07", "2017-07-07", 1, "at", False),
    ("id", "Warga mengungsi sejak tiga bulan yang lalu.", WED, "2017-04-01", "2017-04-30", 3, "since", True),
    ("id", "Konflik di wilayah itu berlangsung sejak 2006.", WED, "2006-01-01", "2006-12-31",
     3, "since", True),
    ("id", "Tragedi itu terjadi pada 1998 dan masih diingat.", WED, "1998-01-01", "1998-12-31",
     3, "at", True),
    ("id", "Bentrokan terakhir terjadi Januari lalu.", WED, "2017-01-01", "2017-01-31", 3, "at", True),
    ("id", "Serangan itu terjadi pertengahan Januari 2014.", WED, "2014-01-11", "2014-01-20", 3, "at", True),
    ("id", "Kapal itu ditahan hingga Kamis (13/7).", WED, "2017-07-13", "2017-07-13", 1, "until", False),
    ("id", "Pelaku menyerahkan diri sebelum Rabu (5/7).", WED, "2017-07-05", "2017-07-05",
     1, "before", False),
    ("id", "Operasi dilanjutkan setelah 8 Juli.", WED, "2017-07-08", "2017-07-08", 1, "after", False),
    ("id", "Dua belas tahun silam, banjir bandang melanda lembah itu.", WED, "2005-01-01", "2005-12-31", 3,
     "at", True),
    ("id", "Sepekan lalu polisi menggerebek rumah itu.", WED, "2017-07-02", "2017-07-08", 2, "at", False),
    ("id", "Beberapa hari lalu warga melaporkan suara tembakan.", WED, "2017-07-05", "2017-07-10", 2, "at",
     False),
    ("id", "Kamis kemarin tiga orang ditangkap.", WED, "2017-07-06", "2017-07-06", 1, "at", False),
    ("id", "Pada Rabu pekan lalu polisi berjaga di sana.", WED, "2017-07-05", "2017-07-05", 1, "at", False),
    ("id", "Pada Senin pekan ini aparat menutup jalan.", WED, "2017-07-10", "2017-07-10", 1, "at", False),
    ("id", "Polisi berjaga sepanjang minggu ini.", WED, "2017-07-10", "2017-07-12", 2, "at", False),
    ("id", "Rabu, ratusan mahasiswa berunjuk rasa.", WED, "2017-07-12", "2017-07-12", 1, "at", False),
    ("id", "Ledakan terjadi Rabu waktu setempat (5/7).", WED, "2017-07-05", "2017-07-05", 1, "at", False),
    ("id", "Penjarahan marak pada tahun 1990-an.", WED, "1990-01-01", "1999-12-31", 3, "at", True),
    ("id", "Serangan itu terjadi akhir tahun lalu.", WED, "2016-09-01", "2016-12-31", 3, "at", True),
    ("id", "Tiga minggu lalu kantor itu digeledah.", WED, "2017-06-18", "2017-06-24", 2, "at", False),
    ("id", "Mereka ditahan sejak Maret.", WED, "2017-03-01", "2017-03-31", 3, "since", True),
    ("id", "Pasar itu terbakar pada Selasa (11/7) malam.", WED, "2017-07-11", "2017-07-11", 1, "at", False),
    ("id", "Warga Desa Minggu (8/7) mengungsi.", D("2018-07-09"), "2018-07-08", "2018-07-08", 1, "at", False),
    ("id", "Bom itu meledak pada 31 Desember.", D("2018-01-02"), "2017-12-31", "2017-12-31", 1, "at", False),
    ("id", "Pos polisi diserang (30/12).", D("2018-01-02"), "2017-12-30", "2017-12-30", 1, "at", False),
    ("en", "Police said on Monday that four men were held.", WED, "2017-07-10", "2017-07-10", 1, "at", False),
    ("en", "Gunmen attacked the checkpoint last Friday.", WED, "2017-07-07", "2017-07-07", 1, "at", False),
    ("en", "The soldier was killed on the 29th June 2017 near the border.", WED, "2017-06-29", "2017-06-29", 1, "at",
     False),
    ("en", "Two soldiers died yesterday in the clash.", WED, "2017-07-11", "2017-07-11", 1, "at", False),
    ("en", "A car bomb exploded last night near the market.", WED, "2017-07-11", "2017-07-12",
     1, "at", False),
    ("en", "Protesters gathered on July 8 outside parliament.", WED, "2017-07-08", "2017-07-08",
     1, "at", False),
    ("en", "The truce was signed on November 29, 2016.", WED, "2016-11-29", "2016-11-29", 1, "at", True),
    ("en", "Militants seized the town last week.", WED, "2017-07-03", "2017-07-09", 2, "at", False),
    ("en", "The group was founded in 2014.", WED, "2014-01-01", "2014-12-31", 3, "at", True),
    ("en", "Survivors of the 2002 bombing met in Kuta.", WED, "2002-01-01", "2002-12-31", 3, "at", True),
    ("en", "The governor was kidnapped two years ago.", WED, "2015-01-01", "2015-12-31", 3, "at", True),
    ("en", "The insurgency has grown since 2016.", WED, "2016-01-01", "2016-12-31", 3, "since", True),
    ("en", "Troops withdrew late last month.", WED, "2017-06-21", "2017-06-30", 3, "at", False),
    ("en", "Riots broke out over the weekend in the capital.", WED, "2017-07-08", "2017-07-09",
     2, "at", False),
    ("en", "Fighting resumed on Sunday night.", WED, "2017-07-09", "2017-07-09", 1, "at", False),
    ("en", "Rebels shelled the city three days ago.", WED, "2017-07-09", "2017-07-09", 1, "at", False),
    ("en", "The raid took place on 3 July.", WED, "2017-07-03", "2017-07-03", 1, "at", False),
    ("en", "Local elections were held in March.", WED, "2017-03-01", "2017-03-31", 3, "at", True),
    ("en", "A curfew has been in force since Friday.", WED, "2017-07-07", "2017-07-07", 1, "since", False),
    ("en", "The attack happened Wednesday, officials said.", WED, "2017-07-12", "2017-07-12", 1, "at", False),
    ("en", "Clashes continued until Tuesday (local time).", WED, "2017-07-11", "2017-07-11",
     1, "until", False),
    ("en", "The unrest of the 1990s left deep scars.", WED, "1990-01-01", "1999-12-31", 3, "at", True),
    ("en", "Earlier this week, police arrested a cleric.", WED, "2017-07-10", "2017-07-12", 2, "at", False),
    ("en", "The militia was disbanded in mid-2015.", WED, "2015-05-01", "2015-08-31", 3, "at", True),
    ("en", "Today, hundreds marched to the palace.", WED, "2017-07-12", "2017-07-12", 1, "at", False),
    ("en", "A bomb went off on Dec. 31 in the old town.", D("2018-01-02"), "2017-12-31", "2017-12-31",
     1, "at",
     False),
    ("en", "Hostages were freed a week ago.", WED, "2017-07-02", "2017-07-08", 2, "at", False),
    ("id", "Bentrokan pecah 10-12 Juli di kota itu.", WED, "2017-07-10", "2017-07-12", 2, "at", False),
    ("id", "Pameran senjata digelar 3 hingga 5 Juni 2016.", WED, "2016-06-03", "2016-06-05", 2, "at", True),
    ("id", "Warga diminta mengungsi pada tanggal 9.", WED, "2017-07-09", "2017-07-09", 1, "at", False),
    ("id", "Lima serangan terjadi tiga hari terakhir.", WED, "2017-07-09", "2017-07-12", 2, "at", False),
    ("id", "Kota itu dikepung sejak musim panas 2015.", WED, "2015-06-01", "2015-08-31", 3, "since", True),
    # The weekday disagrees with 7 August but agrees with 8 July (month/day order in a wire story).
    ("id", "Kantor berita asing melaporkan serangan Sabtu (7/8).", WED, "2017-07-08", "2017-07-08", 1, "at",
     False),
    ("en", "Aid convoys were blocked over the past two weeks.", WED, "2017-06-28", "2017-07-12", 3, "at",
     False),
    ("en", "Talks were held on July 3-5 in Geneva.", WED, "2017-07-03", "2017-07-05", 2, "at", False),
    ("en", "The city has been besieged since last winter.", WED, "2016-12-01", "2017-02-28", 3, "since",
     True),
    ("en", "Tankers were attacked in the summer of 2014.", WED, "2014-06-01", "2014-08-31", 3, "at", True),
    ("id", "Festival itu digelar Jumat-Minggu (7-9/7) di lapangan.", WED, "2017-07-07", "2017-07-09", 2, "at",
     False),
    ("id", "Senin, 10 Juli 2017, ratusan warga memblokade jalan.", WED, "2017-07-10", "2017-07-10", 1, "at",
     False),
    # An all-lowercase wire text: capitals cannot mark day names, so "tuesday" still counts.
    ("en", "police opened fire on the mob on tuesday.", WED, "2017-07-11", "2017-07-11", 1, "at", False),
    ("en", "Riot police were deployed on Friday last week.", WED, "2017-07-07", "2017-07-07", 1, "at", False),
    # Neither 9 March nor 3 September is a Friday, and March is outside the news window: a typo.
    ("id", "Ribuan warga berdemo Jumat (9/3) di ibu kota.", D("2017-06-05"), "2017-06-02", "2017-06-02", 1,
     "at", False),
    # Announced times lie ahead of publication.
    ("id", "Aksi lanjutan direncanakan pekan depan.", WED, "2017-07-17", "2017-07-23", 2, "at", False),
    ("id", "Sidang akan digelar 9 November mendatang.", WED, "2017-11-09", "2017-11-09", 1, "at", False),
    ("id", "Massa berjanji kembali besok.", WED, "2017-07-13", "2017-07-13", 1, "at", False),
    ("en", "Unions will strike next Monday.", WED, "2017-07-17", "2017-07-17", 1, "at", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "earliest", "latest", "precision", "relation", "historical"), ROWS
)
def test_one_time_expression_is_resolved(
    lang: str, text: str, published: date, earliest: str, latest: str, precision: int, relation: str,
    historical: bool,
) -> None:
    mentions = find_times(text, lang, published)
    assert len(mentions) == 1, mentions
    found = mentions[0]
    assert (found.earliest, found.latest) == (D(earliest), D(latest))
    assert (found.precision, found.relation, found.historical) == (precision, relation, historical)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pertandingan itu berakhir imbang 1-1."),
        ("id", "Massa mulai bubar sekitar pukul 07.00 WIB."),
        ("id", "Korban, Andi (24), masih dirawat."),
        ("id", "Sebanyak 2000 personel dikerahkan ke lokasi."),
        ("id", "Kerugian ditaksir mencapai Rp 2016 juta."),
        ("id", "Ribuan warga mengungsi ke 1998 tenda darurat."),
        ("id", "Berita 1477001726 diperbarui oleh redaksi."),
        ("id", "Arus lalu lintas dialihkan ke jalan lain."),
        ("id", "Aturan itu tertuang dalam UU Nomor 15 Tahun 2003 tentang terorisme."),
        ("id", "Polisi berjaga 24/7 di depan kantor itu."),
        ("id", "Jumlah pengungsi naik hingga 2000 orang."),
        ("en", "The match ended 2-1 after extra time."),
        ("en", "Some 2000 troops were deployed to the border."),
        ("en", "He paid $2016 for the permit."),
        ("en", "The suspect, 24, may march with the others."),
        ("en", "The crowd dispersed at 07.00 local time."),
        ("en", "Officials said protesters may march on parliament."),
        ("en", "A crowd of 2000 people gathered outside."),
    ],
)
def test_numbers_that_are_not_dates_are_ignored(lang: str, text: str) -> None:
    assert find_times(text, lang, WED) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Minggu lalu, warga memblokade jalan.", ("2017-07-03", "2017-07-09")),  # sentence start: week
        ("id", "Warga memblokade jalan Minggu lalu.", ("2017-07-09", "2017-07-09")),  # capitalised: Sunday
        ("id", "Warga memblokade jalan minggu lalu.", ("2017-07-03", "2017-07-09")),  # lowercase: week
        ("id", "Pada Minggu, warga memblokade jalan.", ("2017-07-09", "2017-07-09")),
    ],
)
def test_minggu_is_sunday_or_week(lang: str, text: str, expected: tuple[str, str]) -> None:
    (found,) = find_times(text, lang, WED)
    assert (str(found.earliest), str(found.latest)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Kemarin polisi menyebut serangan pada 3 Mei 2015 dan bom 2002.",
         ["2015-05-03", "2002-01-01"]),
        ("id", "Senin (10/7), pelaku yang beraksi sejak 2016 ditangkap.", ["2016-01-01"]),
        ("en", "On Monday police recalled the attack of 12 October 2002.", ["2002-10-12"]),
        ("en", "Yesterday's march was the largest since last year.", []),
    ],
)
def test_without_publication_date_only_absolute_forms(lang: str, text: str, expected: list[str]) -> None:
    mentions = find_times(text, lang, None)
    assert [str(m.earliest) for m in mentions] == expected
    assert not any(m.historical for m in mentions)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Kamis (6/7) malam dan Jumat (7/7) pagi, kelompok itu kembali menyerang sejak 2015.",
         ["Kamis (6/7) malam", "Jumat (7/7) pagi", "sejak 2015"]),
        ("id", "Pada tahun 2011 dan tiga tahun lalu, desa itu diserang.", ["tahun 2011", "tiga tahun lalu"]),
        ("en", "On Tuesday night, two years after the 2015 ceasefire, fighting resumed.",
         ["Tuesday night", "2015"]),
        ("id", "Jenazahnya ditemukan 20 Juni. Sejak itu, warga berjaga.", ["20 Juni"]),
    ],
)
def test_mentions_are_ordered_and_do_not_overlap(lang: str, text: str, expected: list[str]) -> None:
    mentions = find_times(text, lang, WED)
    assert [m.text for m in mentions] == expected
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-07-12", date(2017, 7, 12)),
        (" 2024-11-29 ", date(2024, 11, 29)),
        ("2024-11-29T23:15:00+07:00", date(2024, 11, 29)),
        ("2024-11-29 08:00:00", date(2024, 11, 29)),
        ("2024-11-29T01:00:00Z", date(2024, 11, 29)),
    ],
)
def test_parse_published_accepts_iso(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["29/11/2024", "2024-13-01", "2024-1-5", "yesterday", "", "2024-11-29Tnoon"]
)
def test_parse_published_rejects_other_forms(value: str) -> None:
    with pytest.raises(ValueError, match="published date"):
        parse_published(value)


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [("dua belas", "id", 12), ("dua puluh lima", "id", 25), ("sepuluh", "id", 10), ("7", "id", 7),
     ("twenty-five", "en", 25), ("a couple of", "en", 2), ("a", "en", 1), ("banyak", "id", None)],
)
def test_number_words(phrase: str, lang: str, expected: int | None) -> None:
    assert parse_count(phrase, load_lexicon(lang)) == expected


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="allowed: id, en"):
        find_times("Senin (10/7)", "fr", WED)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("months"), "missing keys"),
        (lambda d: d["units"].update(fortnight=["dua pekan"]), "unknown key 'fortnight'"),
        (lambda d: d["weekdays"].pop("friday"), "missing friday"),
        (lambda d: d["words"].update(lead=["pada", 7]), "non-empty strings"),
    ],
)
def test_broken_lexicon_is_reported(change: Callable[[dict[str, Any]], Any], message: str) -> None:
    data = yaml.safe_load(resources.files("pantau").joinpath("lang", "id", "dates.yaml").read_text("utf-8"))
    broken = copy.deepcopy(data)
    change(broken)
    with pytest.raises(LexiconError, match=message):
        parse_lexicon("id", broken)


def test_time_mention_validates_its_fields() -> None:
    with pytest.raises(ValueError, match="unknown relation"):
        TimeMention(0, 1, "x", WED, WED, 1, relation="during")
    with pytest.raises(ValueError, match="ends"):
        TimeMention(0, 1, "x", WED, date(2017, 7, 1), 1)


@pytest.mark.parametrize(("window_days", "historical"), [(30, False), (5, True)])
def test_news_window_is_a_setting(window_days: int, historical: bool) -> None:
    (found,) = find_times("Gedung itu dibakar bulan lalu.", "id", WED, window_days=window_days)
    assert found.historical is historical


def test_publication_datetime_is_taken_as_its_date() -> None:
    from datetime import datetime

    (found,) = find_times("Ledakan terjadi kemarin.", "id", datetime(2017, 7, 12, 23, 30))
    assert found.earliest == date(2017, 7, 11)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_lexicon_files_name_source_and_licence(lang: str) -> None:
    header = resources.files("pantau").joinpath("lang", lang, "dates.yaml").read_text("utf-8")[:800]
    assert "# Source:" in header and "# Licence:" in header


def test_unknown_placeholder_in_a_template_is_reported() -> None:
    from pantau.dates.grammar import compile_template, slot_sources

    with pytest.raises(LexiconError, match="unknown placeholder"):
        compile_template("{weekday} {fortnight}", slot_sources(load_lexicon("id")), "test")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Komandan itu tewas pada 18 November lalu.", "2016-11-18"), ("Ia ditangkap 5 Juni lalu di Medan.", "2016-06-05")],
)
def test_day_month_followed_by_lalu_keeps_the_day(text: str, expected: str) -> None:
    found = find_times(text, "id", date(2016, 11, 26))
    assert [(str(m.earliest), m.precision) for m in found] == [(expected, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerusuhan Mei 1998 bermula dari demonstrasi. Tanggal 12 Mei mahasiswa tertembak di kampus.", "1998-05-12"),
        ("Polisi menangkap dua orang pada Senin (9/1). Tanggal 10 Januari mereka diperiksa.", "2017-01-10"),
    ],
)
def test_a_yearless_date_takes_the_year_just_told(text: str, expected: str) -> None:
    found = [m for m in find_times(text, "id", date(2017, 1, 15)) if m.text.startswith("Tanggal")]
    assert [str(m.earliest) for m in found] == [expected]
