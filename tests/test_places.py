"""Place recognition, resolution and roles, Indonesian and English (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pantau.places import Geocoder, PlaceMention, load_geocoder


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return load_geocoder()


def _find(geocoder: Geocoder, text: str, lang: str, surface: str) -> PlaceMention:
    matches = [m for m in geocoder.find_places(text, lang) if m.text == surface]
    assert matches, f"{surface!r} not recognised in {text!r}: {geocoder.find_places(text, lang)}"
    return matches[0]


# (lang, text, surface, English name, ISO code, kind)
RESOLUTION = [
    ("id", "Pesawat tempur menyerang pinggiran Aleppo, Suriah, pada Senin pagi.", "Suriah", "Syria", "SY",
     "country"),
    ("id", "Pesawat tempur menyerang pinggiran Aleppo, Suriah, pada Senin pagi.", "Aleppo", "Aleppo", "SY",
     "populated"),
    ("id", "Delegasi itu kemudian terbang ke Yordania untuk bertemu raja.", "Yordania", "Jordan", "JO", "country"),
    ("id", "Kapal nelayan dari Tiongkok ditangkap di perairan Natuna.", "Tiongkok", "China", "CN", "country"),
    ("id", "Pemerintah Selandia Baru mengirim bantuan ke Filipina.", "Selandia Baru", "New Zealand", "NZ",
     "country"),
    ("id", "Pemerintah Selandia Baru mengirim bantuan ke Filipina.", "Filipina", "Philippines", "PH", "country"),
    ("id", "Diplomat Britania Raya dan Belanda hadir dalam pertemuan itu.", "Britania Raya", "United Kingdom",
     "GB", "country"),
    ("id", "Pasukan Korea Utara menggelar latihan di dekat perbatasan.", "Korea Utara", "North Korea", "KP",
     "country"),
    ("id", "Menteri luar negeri Arab Saudi tiba di Kairo, Mesir, kemarin.", "Mesir", "Egypt", "EG", "country"),
    ("id", "Ribuan buruh berunjuk rasa di Semarang, Jateng, menuntut kenaikan upah.", "Jateng", "Central Java",
     "ID", "admin1"),
    ("id", "Banjir merendam ratusan rumah di Kaltim sejak pekan lalu.", "Kaltim", "East Kalimantan", "ID",
     "admin1"),
    ("id", "Dua kelompok pemuda bentrok di Kabupaten Nduga, Papua Pegunungan.", "Kabupaten Nduga", "Nduga",
     "ID", "admin2"),
    ("id", "Gudang amunisi meledak di Kecamatan Cibinong, Kabupaten Bogor, Jawa Barat.", "Kecamatan Cibinong",
     "Cibinong", "ID", "admin3"),
    ("id", "Gudang amunisi meledak di Kecamatan Cibinong, Kabupaten Bogor, Jawa Barat.", "Jawa Barat",
     "West Java", "ID", "admin1"),
    ("id", "Kerusuhan pecah di Kota Batu, Jawa Timur, setelah pertandingan.", "Kota Batu", "Batu", "ID",
     "populated"),
    ("id", "Polisi berjaga di Kab. Malang sejak Sabtu.", "Kab. Malang", "Malang", "ID", "admin2"),
    ("en", "The U.S. military said a drone strike hit a convoy in Yemen.", "U.S", "United States", "US", "country"),
    ("en", "The UAE and the UK condemned the attack.", "UAE", "United Arab Emirates", "AE", "country"),
    ("en", "Fighting displaced thousands in eastern DRC last week.", "DRC", "Democratic Republic of Congo", "CD",
     "country"),
    ("en", "Protesters gathered in Jakarta, the Indonesian capital, on Friday.", "Jakarta", "Jakarta", "ID",
     "populated"),
    ("en", "Troops were deployed to Idlib province after the clashes.", "Idlib province", "Idlib", "SY",
     "admin1"),
    ("id", "Ribuan pemudik sudah tiba di Jogja sejak Jumat.", "Jogja", "Yogyakarta", "ID", "populated"),
    ("id", "Serangan udara kembali menghantam Gaza pada Selasa malam.", "Gaza", "Gaza", "PS", "populated"),
    ("en", "Shelling resumed in Gaza after the truce collapsed.", "Gaza", "Gaza", "PS", "populated"),
    ("en", "Several people were detained in Asheville, N.C., on Friday.", "N.C", "North Carolina", "US",
     "admin1"),
    ("en", "Attacks were reported across Kashmir this week.", "Kashmir", "Jammu and Kashmir", "IN", "admin1"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "name", "code", "kind"), RESOLUTION)
def test_resolution(geocoder: Geocoder, lang: str, text: str, surface: str, name: str, code: str,
                    kind: str) -> None:
    place = _find(geocoder, text, lang, surface).place
    assert (place.name, place.country_code, place.kind) == (name, code, kind)


# (lang, text, surface, role)
ROLES = [
    ("id", "Tentara AS menembak seorang warga Suriah di Raqqa.", "AS", "nationality"),
    ("id", "Tentara AS menembak seorang warga Suriah di Raqqa.", "Suriah", "nationality"),
    ("id", "Tentara AS menembak seorang warga Suriah di Raqqa.", "Raqqa", "locative"),
    ("id", "Pemerintah Rusia membantah tuduhan itu.", "Rusia", "nationality"),
    ("id", "Lembaga pemantau yang berbasis di Inggris melaporkan 20 korban.", "Inggris", "base"),
    ("id", "Kelompok itu bermarkas di Kandahar sejak lama.", "Kandahar", "base"),
    ("id", "Seorang turis asal Jerman hilang di Bali.", "Jerman", "origin"),
    ("id", "Seorang turis asal Jerman hilang di Bali.", "Bali", "locative"),
    ("id", "Para pengungsi yang berasal dari Myanmar tiba di Aceh.", "Myanmar", "origin"),
    ("id", "Ledakan terdengar hingga 10 km dari Kabul.", "Kabul", "locative"),
    ("en", "Russian jets bombed a market near Idlib.", "Russian", "nationality"),
    ("en", "Russian jets bombed a market near Idlib.", "Idlib", "locative"),
    ("en", "American troops left the base on Tuesday.", "American", "nationality"),
    ("en", "A London-based monitor reported the deaths.", "London", "base"),
    ("en", "The group is based in Peshawar, officials said.", "Peshawar", "base"),
    ("en", "Two aid workers from Canada were released.", "Canada", "origin"),
    ("en", "Syria's army recaptured the town.", "Syria", "nationality"),
    ("en", "Officials in Kenya confirmed the figure.", "Kenya", "locative"),
    ("id", "Para tersangka berasal dari Deli Serdang dan Binjai.", "Binjai", "origin"),
    ("id", "Bentrokan terjadi di Sampang, Madura.", "Madura", "locative"),
    ("en", "European diplomats met in Brussels.", "European", "nationality"),
    # where the wounded were taken is not where the act happened
    ("id", "Korban dilarikan ke rumah sakit umum di kota Makassar.", "kota Makassar", "destination"),
    ("id", "Tersangka dibawa ke Jayapura untuk diperiksa.", "Jayapura", "destination"),
    ("en", "The wounded were rushed to a hospital in Peshawar.", "Peshawar", "destination"),
    # a street named after a town is a street
    ("id", "Massa menutup Jalan Makassar di Bandung sejak pagi.", "Makassar", "street"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "role"), ROLES)
def test_roles(geocoder: Geocoder, lang: str, text: str, surface: str, role: str) -> None:
    assert _find(geocoder, text, lang, surface).role == role


# (lang, text, surfaces that must NOT be recognised as places)
NOT_PLACES = [
    ("id", "Saat itu polisi menegaskan bahwa situasi aman.", ["Saat"]),
    ("id", "Bahwa pelaku sudah ditangkap, kata Dian kepada wartawan.", ["Bahwa", "Dian"]),
    ("id", "Kata juru bicara, Para korban sudah dievakuasi.", ["Kata", "Para"]),
    ("id", "Massa kemudian membubarkan diri.", ["Massa"]),
    ("id", "Anggota TNI dan Polri berjaga di lokasi.", ["TNI", "Polri"]),
    ("id", "Ledakan terjadi saat Presiden Jokowi berkunjung.", ["Jokowi"]),
    ("en", "The police said the attack was over.", ["The"]),
    ("en", "Us and them, he said, as the crowd dispersed.", ["Us"]),
    ("en", "The Syrian Observatory for Human Rights said so.", ["Human"]),
    ("en", "In May the talks resumed, Mr. Paris said.", ["May", "Paris"]),
    ("en", "The Islamic State of Iraq claimed the bombing.", ["State of Iraq"]),
    ("id", "Pesawat mendarat di Bandara Ngurah Rai kemarin.", ["Rai"]),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_PLACES)
def test_common_words_are_not_places(geocoder: Geocoder, lang: str, text: str, absent: list[str]) -> None:
    found = {m.text for m in geocoder.find_places(text, lang)}
    assert not found & set(absent)


# (lang, text, surface, expected place name, ISO code): the same name read in different contexts
AMBIGUOUS = [
    ("en", "Police said shots were fired in Paris, Texas, on Sunday night.", "Paris", "Paris", "US"),
    ("en", "Protesters marched through Paris and Lyon on Saturday.", "Paris", "Paris", "FR"),
    ("en", "The governor of Georgia met mayors from Atlanta and Savannah.", "Georgia", "Georgia", "US"),
    ("en", "Georgia accused Russia of moving troops near Tbilisi.", "Georgia", "Georgia", "GE"),
    ("id", "Warga Sampang, Madura, dikejutkan oleh ledakan.", "Madura", "Madura Island", "ID"),
    ("en", "A bomb exploded in Springfield, Missouri, injuring three.", "Springfield", "Springfield", "US"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "name", "code"), AMBIGUOUS)
def test_context_disambiguation(geocoder: Geocoder, lang: str, text: str, surface: str, name: str,
                                code: str) -> None:
    place = _find(geocoder, text, lang, surface).place
    assert (place.name, place.country_code) == (name, code)


def test_town_region_hierarchy_picks_the_contained_town(geocoder: Geocoder) -> None:
    place = _find(geocoder, "A bomb exploded in Springfield, Missouri, injuring three.", "en", "Springfield").place
    assert place.admin1 == "Missouri"


# (lang, text, surface, facility name, ISO code)
FACILITIES = [
    ("id", "Pesawat itu mendarat darurat di Bandara Internasional Lombok.", "Bandara Internasional Lombok",
     "Lombok International Airport", "ID"),
    ("id", "Ledakan terjadi di Pelabuhan Tanjung Priok, Jakarta Utara.", "Pelabuhan Tanjung Priok",
     "Tanjung Priok Port", "ID"),
    ("id", "Helikopter itu diterbangkan ke Pangkalan Udara Manado.", "Pangkalan Udara Manado",
     "Manado Air Base", "ID"),
    ("en", "Rockets struck near Kandahar Airport overnight.", "Kandahar Airport", "Kandahar Airport", "AF"),
    ("en", "Jets took off from the Hmeimim area and the Latakia air base.", "Latakia air base",
     "Latakia Air Base", "SY"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "name", "code"), FACILITIES)
def test_facilities(geocoder: Geocoder, lang: str, text: str, surface: str, name: str, code: str) -> None:
    place = _find(geocoder, text, lang, surface).place
    assert (place.kind, place.name, place.country_code) == ("facility", name, code)


CASE_VARIANTS = [
    ("id", "MAKASSAR, Kompas - Polisi menangkap dua orang.", "MAKASSAR", "ID"),
    ("id", "serangan bom di pasar kabul tewaskan 20 orang", "kabul", "AF"),
    ("id", "SERANGAN BOM DI KABUL TEWASKAN 20 ORANG", "KABUL", "AF"),
    ("en", "Gunmen Storm Hotel In Mogadishu, Killing Five", "Mogadishu", "SO"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "code"), CASE_VARIANTS)
def test_headline_case(geocoder: Geocoder, lang: str, text: str, surface: str, code: str) -> None:
    assert _find(geocoder, text, lang, surface).place.country_code == code


def test_offsets_index_the_text(geocoder: Geocoder) -> None:
    text = "Serangan terjadi di Kabupaten Nduga, Papua Pegunungan, kemarin."
    for mention in geocoder.find_places(text, "id"):
        assert text[mention.start:mention.end] == mention.text
        assert 0.0 <= mention.score <= 1.0


# (query, country filter, expected first name, ISO code, kind)
LOOKUPS = [
    ("US", None, "United States", "US", "country"),
    ("AS", None, "United States", "US", "country"),
    ("Aleppo", "SY", "Aleppo", "SY", "admin1"),
    ("Tangerang", "ID", "Tangerang", "ID", "populated"),
    ("Kabupaten Tangerang", "ID", "Tangerang", "ID", "admin2"),
    ("Jawa Tengah", None, "Central Java", "ID", "admin1"),
]


@pytest.mark.parametrize(("query", "country", "name", "code", "kind"), LOOKUPS)
def test_lookup(geocoder: Geocoder, query: str, country: str | None, name: str, code: str, kind: str) -> None:
    first = geocoder.lookup(query, country)[0]
    assert (first.name, first.country_code, first.kind) == (name, code, kind)


def test_lookup_filters_by_country(geocoder: Geocoder) -> None:
    assert all(p.country_code == "US" for p in geocoder.lookup("Paris", "US"))


COUNTRIES = [("SY", "Syria"), ("Suriah", "Syria"), ("Syria", "Syria"), ("Inggris", "United Kingdom"),
             ("Amerika Serikat", "United States"), ("Rusia", "Russia"), ("IR", "Iran"), ("Perancis", "France")]


@pytest.mark.parametrize(("query", "name"), COUNTRIES)
def test_country(geocoder: Geocoder, query: str, name: str) -> None:
    place = geocoder.country(query)
    assert place is not None and (place.name, place.kind) == (name, "country")


def test_unknown_country_is_none(geocoder: Geocoder) -> None:
    assert geocoder.country("Atlantis") is None


def test_divisions_sit_at_their_capital(geocoder: Geocoder) -> None:
    central_java = geocoder.lookup("Jawa Tengah")[0]
    semarang = geocoder.lookup("Semarang", "ID")
    assert any(abs(p.latitude - central_java.latitude) < 0.05 and abs(p.longitude - central_java.longitude)
               < 0.05 for p in semarang)


def test_unknown_language_raises(geocoder: Geocoder) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        geocoder.find_places("Aleppo", "fr")


# GeoNames files some towns under the province they left; the official regency list corrects them.
OUTDATED_PROVINCES = [
    ("Polisi menangkap pelaku di Pamulang.", "Pamulang", "Banten", "Kota Tangerang Selatan"),
    ("Kapal itu ditahan di Batam kemarin.", "Batam", "Riau Islands", "Kota Batam"),
]


@pytest.mark.parametrize(("text", "surface", "admin1", "admin2"), OUTDATED_PROVINCES)
def test_outdated_geonames_province_is_corrected(geocoder: Geocoder, text: str, surface: str, admin1: str,
                                                admin2: str) -> None:
    place = _find(geocoder, text, "id", surface).place
    assert (place.admin1, place.admin2) == (admin1, admin2)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Bentrokan terjadi di Kashmir, India. Di kota Bandipora, seorang remaja tewas.", "Bandipura"),
        ("en", "Clashes spread across Kashmir, India. In the town of Bandipora a teenager died.", "Bandipura"),
    ],
)
def test_a_settlement_spelled_otherwise_is_found_in_the_reports_country(lang: str, text: str, expected: str) -> None:
    from pantau.places import load_geocoder

    names = [m.place.name for m in load_geocoder().find_places(text, lang)]
    assert expected in names


def test_no_approximate_town_without_a_country_in_the_report() -> None:
    from pantau.places import load_geocoder

    names = [m.place.name for m in load_geocoder().find_places("Di kota Bandipora, seorang remaja tewas.", "id")]
    assert "Bandipura" not in names


def test_a_word_that_is_a_number_in_indonesian_is_a_town_in_english(geocoder: Geocoder) -> None:
    assert [m.place.country_code for m in geocoder.find_places("A bomb went off in Lima on Monday.", "en")] == ["PE"]
    assert [m.text for m in geocoder.find_places("Lima orang tewas di Medan.", "id")] == ["Medan"]


def test_all_capitals_text_takes_a_small_town_a_locative_cue_introduces(geocoder: Geocoder) -> None:
    found = geocoder.find_places("TROOPS FOUGHT GUERRILLAS FOR HOURS IN THE MUNICIPALITY OF YONDO.", "en")
    assert [(m.text, m.place.country_code) for m in found] == [("YONDO", "CO")]


def test_a_hall_is_not_a_village(geocoder: Geocoder) -> None:
    assert [m.text for m in geocoder.find_places("Massa bergerak ke Balai Kota Surabaya.", "id")] == ["Surabaya"]


def test_a_frequent_given_name_is_not_a_town_abroad(geocoder: Geocoder) -> None:
    assert [m.text for m in geocoder.find_places("Yunus menganggap konser di Sleman aman.", "id")] == ["Sleman"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Ledakan terjadi di Terminal Kampung Melayu, Jakarta Timur."),
        ("en", "Two men were arrested at Terminal 3 of the airport in Lagos."),
        ("id", "Aplikasi Mobile Legends populer di kalangan pelajar Jakarta."),
    ],
)
def test_building_and_device_nouns_are_not_towns_abroad(geocoder: Geocoder, lang: str, text: str) -> None:
    assert {m.place.country_code for m in geocoder.find_places(text, lang)} <= {"ID", "NG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region the gazetteer lacks, whose name is only a town in a country the report never names
        ("Georgian troops patrolled Tbilisi and the mountain region of Adjarra on Monday.", ["Tbilisi"]),
        ("Police patrolled the town of Adjarra in Benin on Monday.", ["town of Adjarra", "Benin"]),
    ],
)
def test_a_region_is_not_a_namesake_town_abroad(geocoder: Geocoder, text: str, expected: list[str]) -> None:
    assert [m.text for m in geocoder.find_places(text, "en") if m.role != "nationality"] == expected


@pytest.mark.parametrize(
    ("lang", "text", "admin1"),
    [
        ("en", "Gunmen attacked a checkpoint in northern Sinai on Monday.", "North Sinai"),
        ("id", "Pria bersenjata menyerang pos pemeriksaan di Sinai, Senin (1/5).", "North Sinai"),
        ("en", "Police detained two activists in Ajara on Monday.", "Achara"),
    ],
)
def test_conflict_regions_known_by_another_name(geocoder: Geocoder, lang: str, text: str, admin1: str) -> None:
    assert [m.place.name for m in geocoder.find_places(text, lang) if m.place.kind == "admin1"] == [admin1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no reading of "Boni" lies in Mali, which the text says it lies in: the gazetteer lacks it
        ("BAMAKO, Nov 3 - Gunmen attacked an army post near the town of Boni in central Mali on Sunday.",
         [("BAMAKO", "ML"), ("Mali", "ML")]),
        # "X in Y" with a reading of X in Y keeps it
        ("Gunmen attacked a post near the town of Boni in Germany on Sunday.", [("town of Boni", "DE"), ("Germany", "DE")]),
    ],
)
def test_a_town_said_to_lie_in_a_country_is_read_there_or_not_at_all(
        geocoder: Geocoder, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.place.country_code) for m in geocoder.find_places(text, "en")] == expected
