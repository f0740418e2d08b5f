"""End to end: a report in, ACLED-style records out, on reports written for these tests."""

from __future__ import annotations

import pytest

import pantau
from pantau.model import Event


def current(events: list[Event]) -> list[Event]:
    return [e for e in events if not e.historical]


@pytest.mark.parametrize(
    ("lang", "published", "text", "event_type", "sub_event_type", "country"),
    [
        ("id", "2023-05-02",
         "Kelompok bersenjata menyerang pos polisi di Kabupaten Intan Jaya, Papua, Senin (1/5). Dua polisi tewas.",
         "Battles", "Armed clash", "Indonesia"),
        ("id", "2022-08-10",
         "Sebuah bom bunuh diri meledak di sebuah masjid di kota Peshawar, Pakistan, Selasa (9/8), menewaskan 12 orang.",
         "Explosions/Remote violence", "Suicide bomb", "Pakistan"),
        ("id", "2021-03-04",
         "Ribuan buruh berunjuk rasa di depan gedung DPR di Jakarta, Rabu (3/3), menolak undang-undang baru.",
         "Protests", "Peaceful protest", "Indonesia"),
        ("id", "2020-06-12",
         "Jet tempur Israel melancarkan serangan udara di Gaza, Kamis (11/6) malam.",
         "Explosions/Remote violence", "Air/drone strike", "Palestine"),
        ("en", "2019-04-16",
         "Gunmen abducted 14 students from a school in Katsina state, Nigeria, on Monday, police said.",
         "Violence against civilians", "Abduction/forced disappearance", "Nigeria"),
        ("en", "2019-10-03",
         "Rebels seized control of the town of Kidal in northern Mali on Wednesday after soldiers withdrew.",
         "Battles", "Non-state actor overtakes territory", "Mali"),
    ],
)
def test_reports_an_event(lang: str, published: str, text: str, event_type: str, sub_event_type: str,
                          country: str) -> None:
    events = current(pantau.extract(text, lang=lang, published=published))
    assert [(e.event_type, e.sub_event_type, e.country) for e in events][:1] == [(event_type, sub_event_type, country)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Kelompok itu berencana menyerang kantor polisi di Bandung pekan depan."),  # planned
        ("id", "Polisi membantah telah menembak warga di Ambon."),  # denied
        ("id", "Jika demonstran membakar gedung itu, polisi akan bertindak tegas di Medan."),  # hypothetical
        ("id", "Sebuah bus mengalami kecelakaan di Cianjur dan terbakar. Tabrakan itu menewaskan tujuh orang."),
        ("id", "Persib melancarkan serangan bertubi-tubi di Stadion Jalak Harupat, tetapi gagal mencetak gol."),
        ("id", "Seorang suami membacok istrinya hingga tewas di Garut karena cemburu. Pelaku ditangkap polisi."),
        ("id", "Peretas melancarkan serangan terhadap situs pemerintah di Jakarta, Senin."),
        ("en", "The militants threatened to attack the embassy in Nairobi."),
        ("en", "A gas explosion in a restaurant in Ankara killed three people, officials said after the accident."),
        # a suspicious package the bomb squad detonates, which proves harmless, is a false alarm
        ("id", "Tim penjinak bom meledakkan tas mencurigakan di depan Stasiun Bekasi, Senin. Ternyata isinya bukan bom."),
    ],
)
def test_reports_nothing(lang: str, text: str) -> None:
    assert current(pantau.extract(text, lang=lang, published="2023-05-02")) == []


def test_history_is_marked_historical_with_its_own_date() -> None:
    text = ("Polisi menangkap tiga terduga teroris di Solo, Kamis (4/5). "
            "Pada tahun 2002, kelompok itu meledakkan bom di Bali yang menewaskan 202 orang.")
    events = pantau.extract(text, lang="id", published="2023-05-05")
    old = [e for e in events if e.historical]
    assert old and all(e.event_date.startswith("2002") for e in old)
    assert all(not e.event_date.startswith("2002") for e in current(events))


def test_place_of_a_source_or_nationality_is_not_the_event_place() -> None:
    text = ("Menurut lembaga pemantau yang berbasis di Inggris, pasukan Rusia menembaki desa-desa "
            "di provinsi Idlib, Suriah, pada Selasa (7/3).")
    events = current(pantau.extract(text, lang="id", published="2023-03-08"))
    assert events and {e.country for e in events} == {"Syria"}


def test_claim_holder_is_the_source_and_injuries_are_not_deaths() -> None:
    text = ("Puluhan orang tewas dan ratusan lainnya terluka dalam serangan roket di kota Kharkiv, Ukraina, "
            "Sabtu (4/3), kata Gubernur Oleh Syniehubov.")
    events = current(pantau.extract(text, lang="id", published="2023-03-05"))
    assert events
    event = events[0]
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.fatalities_low, event.fatalities, event.fatalities_high) == (10, 10, 99)
    assert "Syniehubov" in event.source


def test_split_fragment_rejoins_its_sentence() -> None:
    text = "Pasukan pemberontak merebut kota itu setelah tentara pemerintah mundur, Sabtu (4/3). Bandara Internasional Aden."
    events = current(pantau.extract(text, lang="id", published="2023-03-05"))
    assert any("Airport" in e.location for e in events)


def test_every_record_carries_evidence_and_a_summary() -> None:
    text = "Polisi menembak mati dua terduga teroris dalam penggerebekan di Sukoharjo, Jawa Tengah, Rabu (3/5)."
    events = current(pantau.extract(text, lang="id", published="2023-05-04"))
    assert events
    event = events[0]
    assert {e.field for e in event.evidence} >= {"event_type", "location"}
    for evidence in event.evidence:
        assert text[evidence.start:evidence.end] == evidence.text
    assert event.notes.startswith("On 3 May 2023,")


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        # force used on a crowd reports the demonstration
        ("id", "2023-04-05", "Polisi menembakkan gas air mata ke arah pengunjuk rasa di Makassar, Selasa (4/4).",
         [("Protests", "Protest with intervention", "2023-04-04")]),
        # protesters gathering is a demonstration; a crowd noun alone is not an act
        ("en", "2023-04-05", "Hundreds of protesters gathered outside parliament in Nairobi on Tuesday.",
         [("Protests", "Peaceful protest", "2023-04-04")]),
        # a future time ("next month") dates a plan, never the act
        ("en", "2023-04-05", "Police arrested five opposition activists in Tbilisi on Monday ahead of rallies next month.",
         [("Strategic developments", "Arrests", "2023-04-03")]),
        # a toll over a period is not one act
        ("id", "2023-04-05", "Lebih dari 50 orang tewas dalam bentrokan di Wamena sejak Januari.", []),
        # the cause an act is said to have is background
        ("id", "2023-04-05",
         "Warga bentrok dengan polisi di Wamena, Senin (3/4). Bentrokan itu dipicu oleh penembakan seorang pelajar.",
         [("Riots", "Mob violence", "2023-04-03")]),
        # a place name inside an act's phrase is no place: "Baku tembak" is an exchange of fire
        ("id", "2023-04-05", "Baku tembak antara aparat keamanan dan kelompok bersenjata terjadi di Sugapa, "
         "Intan Jaya, Senin (3/4).", [("Battles", "Armed clash", "2023-04-03")]),
        # a death verb after a clash tells the clash's toll; residents against police are a crowd
        ("id", "2023-04-05", "Bentrokan antara warga dan aparat di Wamena menewaskan dua orang, Senin (3/4).",
         [("Riots", "Mob violence", "2023-04-03")]),
        # the cause reaches into its relative clause, which recalls an earlier beating
        ("en", "2023-04-05", "Clashes broke out between residents and police in Lagos on Monday. The clashes were "
         "sparked by the arrest of a local leader, who was beaten by officers last week.",
         [("Riots", "Mob violence", "2023-04-03")]),
        # a relative clause that describes the cause is background too
        ("id", "2023-04-05", "Warga bentrok dengan polisi di Wamena, Senin (3/4). Bentrokan dipicu oleh penangkapan "
         "seorang tokoh adat, yang dipukuli polisi sepekan lalu.", [("Riots", "Mob violence", "2023-04-03")]),
        # a fronted cause ends at its comma: the rockets are news, and the air strike is not their means
        ("id", "2023-04-05", "Sebagai balasan atas serangan udara di Idlib, pemberontak menembakkan roket ke Latakia "
         "pada Senin (3/4).", [("Explosions/Remote violence", "Shelling/artillery/missile attack", "2023-04-03")]),
        # a month spelt like an act dates it: "in March" is no march
        ("en", "2023-04-05", "A spokesman in Bamako said a soldier was killed in an ambush near Kidal on the 3rd "
         "April, a week after the 27th March convoy reached the town.",
         [("Battles", "Armed clash", "2023-04-03")]),
        # a hearsay cue governs the list of acts it opens
        ("en", "2023-04-05", "Speakers at the rally in Toronto on Monday cited reports of abuses across the region, "
         "with prisoners taken out and beaten and houses burned.", [("Protests", "Peaceful protest", "2023-04-03")]),
        # a bare weapon noun names a thing, not a blast
        ("id", "2023-04-05", "Para pendukung oposisi di Caracas menyiapkan senjata baru untuk menghadapi polisi, "
         "yaitu bom cat, Senin (3/4).", []),
        ("id", "2023-04-05", "Bom di terminal bus Kandahar melukai tiga orang, Senin (3/4).",
         [("Explosions/Remote violence", "Remote explosive/landmine/IED", "2023-04-03")]),
        # killing oneself is a suicide, not political violence; an objection voiced is no demonstration
        ("id", "2023-04-05", "Seorang karyawan di Tokyo bunuh diri karena kelelahan bekerja, Senin (3/4).", []),
        ("en", "2023-04-05", "A soldier killed himself at a base in Kandahar on Monday.", []),
        ("id", "2023-04-05", "Protes keras datang dari tokoh agama di Sleman, Senin (3/4).", []),
        # a product shown, a burn wound, a ship that caught fire and a shot at goal are not events
        ("id", "2023-04-05", "Para insinyur mendemonstrasikan robot baru di hadapan ratusan mahasiswa di Bandung, "
         "Senin (3/4).", []),
        ("id", "2023-04-05", "Tiga pekerja mengalami luka bakar serius di pabrik di Tangerang, Senin (3/4).", []),
        ("id", "2023-04-05", "Polisi menyelidiki terbakarnya kapal di Pelabuhan Muara Angke, Jakarta, Senin (3/4).", []),
        ("id", "2023-04-05", "Kane mengarahkan tembakan mendatar ke arah pojok kiri gawang di London, Senin (3/4).", []),
        # firefighters battling a blaze, a school named "Battle ...", a winter storm: no violence
        ("en", "2023-04-05", "Firefighters battled a blaze at a warehouse in Tulsa on Monday.", []),
        ("en", "2023-04-05", "Students of Battle Ground Academy in Franklin celebrated Mardi Gras on Monday.", []),
        ("en", "2023-04-05", "A winter storm hit Denver on Monday, cutting power to thousands.", []),
        # a seizure is of ground: capturing inmates takes no territory; a town taken does
        ("en", "2023-04-05", "In Lincoln, Nebraska, sheriff's deputies and state troopers working together on Monday "
         "captured the three escaped inmates.", []),
        ("en", "2023-04-05", "Rebels captured the town of Kidal on Monday.",
         [("Battles", "Non-state actor overtakes territory", "2023-04-03")]),
        # a house fire, a storm: accidents and weather
        ("en", "2023-04-05", "A basement fire killed a man, 84, in Scottdale on Monday.", []),
        # "menangkap ucapan" catches a remark, it arrests no one
        ("id", "2023-04-05", "Ribuan buruh berunjuk rasa di Bandung, Senin (3/4). Para demonstran menangkap "
         "ucapan menteri itu dan menuliskannya di spanduk.", [("Protests", "Peaceful protest", "2023-04-03")]),
    ],
)
def test_general_rules(lang: str, published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    events = current(pantau.extract(text, lang=lang, published=published))
    assert [(e.event_type, e.sub_event_type, e.event_date) for e in events] == expected


def test_the_hospital_the_wounded_reach_is_not_the_place() -> None:
    text = ("Seorang polisi terluka ditembak orang tak dikenal di Sugapa, Intan Jaya, Senin (3/4). "
            "Korban kemudian dievakuasi ke rumah sakit di Jayapura.")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [e.location for e in events] == ["Sugapa"]


def test_clash_sides_follow_between_after_an_adjective() -> None:
    text = "Bentrokan sengit antara warga dan polisi pecah di Wamena, Senin (3/4)."
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [
        ("Riots", "Rioters (Indonesia)", "Police Forces of Indonesia (2014-2024)")]


def test_anarchists_clashing_at_a_march_make_it_violent() -> None:
    text = ("Puluhan ribu pekerja berdemonstrasi di Lyon, Senin (3/4), walau di sela aksi sempat pecah bentrokan "
            "antara kaum anarkis dan polisi.")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (France)")]


def test_a_speaker_outside_a_quotation_did_not_do_what_it_tells() -> None:
    text = ('Kepala polisi daerah itu, Budi Santoso, mengatakan "pria berusia 40 tahun itu mengaku membunuh '
            'tiga orang di desa Karangrejo karena dia takut mereka akan menyerangnya." Peristiwa itu terjadi di '
            "Blitar, Senin (3/4).")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert events and all("Police" not in e.actor1 and "Police" not in e.actor2 for e in events)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # examples of what a period saw are earlier incidents
        ("Dalam beberapa bulan terakhir, gereja-gereja di Mindanao menjadi sasaran kelompok militan. Salah "
         "satunya adalah ledakan bom di Jolo yang menewaskan 20 orang.", []),
        # the example cue may follow a fronted time
        ("Kelompok itu selama ini kerap menyerang warga sipil di luar negeri. Pada Natal lalu misalnya, seorang "
         "anggotanya melepaskan tembakan di sebuah gereja di Lyon dan menewaskan lima orang.", []),
        # without a period summed up before it, "salah satunya" picks one of today's acts
        ("Dua bom meledak di Surabaya, Senin (3/4). Salah satunya meledak di depan sebuah gereja.", ["Surabaya"]),
    ],
)
def test_examples_of_a_period_are_not_news(text: str, places: list[str]) -> None:
    assert [e.location for e in current(pantau.extract(text, lang="id", published="2023-04-05"))] == places


def test_an_earlier_act_given_as_a_cause_lends_no_actor() -> None:
    text = "Bentrokan di Wamena dipicu oleh pembunuhan tokoh adat, Yakob (40), yang tewas setelah ditembak aparat."
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert events and all("Police" not in e.actor1 and "Police" not in e.actor2 for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # a police post named as the way in is a place, not the arsonist
        "Dua pria masuk melalui pintu belakang Mapolsek Sungai Rumbai dan melakukan pembakaran, Minggu (2/4).",
        # an act named by a noun in a later clause takes no subject from the main clause
        "Camat Sungai Rumbai menyebut layanan warga kembali normal sesudah peristiwa pembakaran kantor "
        "kecamatan di Dharmasraya, Minggu (2/4).",
    ],
)
def test_arson_by_unnamed_people_is_by_an_unidentified_group(text: str) -> None:
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Looting/property destruction", "Unidentified Armed Group (Indonesia)")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Sebuah bom meledak di pasar sekitar 40 kilometer selatan Kandahar, Selasa (4/4)."),
        ("en", "A roadside bomb exploded 30 miles north of Kandahar on Tuesday."),
    ],
)
def test_a_place_that_only_anchors_a_direction_is_coded_near(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2023-04-05"))
    assert [(e.location, e.geo_precision) for e in events] == [("Kandahar", 2)]


def test_gunmen_and_the_group_that_claims_them_near_a_town_are_one_event() -> None:
    text = ("Pria bersenjata menyerang sebuah pos militer sekitar 90 kilometer utara Bamako, Selasa (4/4). "
            "Kelompok JNIM kemudian mengaku bertanggung jawab atas serangan di dekat kota Kati itu.")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [(e.actor1, e.location) for e in events] == [("JNIM: Group for Support of Islam and Muslims", "Kati")]


def test_an_act_told_the_day_before_the_sentences_own_day() -> None:
    text = ("Sebuah bom meledak di pemakaman seorang aktivis di Herat pada Minggu (4/6) dan menewaskan lima orang, "
            "aktivis itu terluka sehari sebelumnya ketika unjuk rasa menentang gubernur.")
    events = current(pantau.extract(text, lang="id", published="2023-06-05"))
    # the sentence's toll is the bombing's, told on the sentence's own day
    assert [(e.event_type, e.event_date, e.fatalities) for e in events] == [
        ("Explosions/Remote violence", "2023-06-04", 5), ("Protests", "2023-06-03", 0)]


def test_a_toll_told_for_the_day_before_is_that_days_own_incident() -> None:
    text = "Militan menembakkan roket ke kota Aden pada Jumat (3/11) dan menewaskan dua warga. Empat orang tewas sehari sebelumnya."
    events = current(pantau.extract(text, lang="id", published="2023-11-04"))
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "2023-11-03", 2), ("Shelling/artillery/missile attack", "2023-11-02", 4)]


def test_a_company_named_once_with_pt_is_a_company_wherever_repeated() -> None:
    text = ("Ratusan karyawan PT Freeport Indonesia berunjuk rasa di Timika, Senin (3/4). Massa karyawan "
            "Freeport yang mogok lalu membakar sebuah pos.")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert events and {e.location for e in events} == {"Timika"}


def test_a_day_said_outranks_a_span_of_years_as_the_news_date() -> None:
    text = ("Seorang pria menembaki tentara yang berpatroli di Nice. Jaksa, Rabu (9/8), mengatakan serangan "
            "semacam itu meningkat dalam dua tahun terakhir.")
    events = current(pantau.extract(text, lang="id", published="2017-08-10"))
    assert [e.event_date for e in events] == ["2017-08-09"]


def test_days_each_sentence_names_keep_incidents_apart() -> None:
    # a headline line, then a dateline; a time in the act's clause before "officials said" dates the act;
    # an incident on a named day never joins one on another named day
    text = ("Nine Dead in Two Days of Fighting in Mali\n"
            "GAO -- Soldiers fought jihadists for two days near Menaka, and the fighting ended on Saturday with "
            "nine dead, officials said.\n"
            "In Gao itself, police shot dead two men on Friday who fired at a checkpoint.\n"
            "A two-hour shootout on Thursday north of Timbuktu left three gunmen dead.")
    events = current(pantau.extract(text, lang="en", published="2023-04-03"))
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [
        ("Menaka", "2023-04-01", 9), ("Gao", "2023-03-31", 2), ("Timbuktu", "2023-03-30", 3)]


def test_a_relative_passive_after_an_act_and_its_means_names_the_agent() -> None:
    text = "Pasar di Idlib hancur oleh serangan udara yang dilakukan militer Suriah, Senin (3/4); delapan warga tewas."
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Air/drone strike", "Military Forces of Syria (2000-2024)")]


def test_an_act_told_elsewhere_is_its_own_event() -> None:
    text = ("Bom meledak di pasar Kandahar, Senin (3/4), dan menewaskan dua orang. Sementara itu di tempat lain di "
            "Kandahar, sebuah bom juga meledak dan menewaskan tiga orang.")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [e.fatalities for e in events] == [2, 3]


def test_rebels_stand_for_a_group_only_when_the_report_keeps_naming_it() -> None:
    text = ("Kelompok Jaish al-Islam menyerang pos militer di Douma, Senin (3/4). Di Idlib, pemberontak menembakkan "
            "roket ke Latakia pada hari yang sama.")
    events = current(pantau.extract(text, lang="id", published="2023-04-05"))
    assert [e.actor1 for e in events] == ["Jaysh al Islam", "Unidentified Armed Group (Syria)"]


def test_arrests_told_without_who_made_them_are_by_the_police() -> None:
    events = current(pantau.extract("Tiga terduga teroris ditangkap di Sidoarjo, Senin (3/4).", lang="id",
                                    published="2023-04-05"))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Police Forces of Indonesia (2014-2024)")]


def test_a_perpetrator_anaphor_never_points_at_the_police() -> None:
    text = ("Dua polisi berjaga di pos lalu lintas di Tangerang, Kamis (4/5). "
            "Pelaku kemudian menyerang kedua polisi itu dengan parang.")
    events = current(pantau.extract(text, lang="id", published="2023-05-05"))
    assert events and events[0].actor1.startswith("Unidentified Armed Group")
    assert events[0].actor2.startswith("Police Forces of Indonesia")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # peN-...-an: the noun after the act is its object; "melakukan" only carries the act
        ("Kelompok bersenjata melakukan penyerangan pos polisi di Kabupaten Puncak, Papua, Senin (1/5).",
         "Unidentified Armed Group (Indonesia)", "Police Forces of Indonesia"),
        # the subject of another verb ("menyelidiki") is not the act's agent
        ("Polisi menyelidiki penembakan warga di Kabupaten Puncak, Papua, Senin (1/5).",
         "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)"),
    ],
)
def test_roles_of_nominal_acts(text: str, actor1: str, actor2: str) -> None:
    events = current(pantau.extract(text, lang="id", published="2023-05-02"))
    assert events and events[0].actor1 == actor1 and events[0].actor2.startswith(actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Bom mobil meledak di pasar kota Kirkuk, Irak, Senin (1/5), menewaskan 12 orang. "
         "ISIS kemudian mengaku bertanggung jawab atas ledakan di pasar.", "Islamic State"),
        ("Bom mobil meledak di pasar kota Kirkuk, Irak, Senin (1/5), menewaskan 12 orang. "
         "Belum ada kelompok yang mengaku bertanggung jawab.", "Unidentified Armed Group (Iraq)"),
    ],
)
def test_a_claim_of_responsibility_names_the_perpetrator(text: str, actor1: str) -> None:
    events = current(pantau.extract(text, lang="id", published="2023-05-02"))
    assert events and events[0].actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("lang", "text", "second_day"),
    [
        ("id", "Militan menyerang pos polisi di Kandahar pada Jumat (17/11) dan menewaskan dua polisi. "
               "Sehari kemudian, militan menyerang pos tentara di Herat dan menewaskan tiga tentara.", "2017-11-18"),
        ("id", "Militan menyerang pos polisi di Kandahar pada Jumat (17/11) dan menewaskan dua polisi. "
               "Sehari sebelumnya, militan menyerang pos tentara di Herat dan menewaskan tiga tentara.", "2017-11-16"),
        ("en", "Militants attacked a police post in Kandahar on Friday, killing two policemen. "
               "The next day, militants attacked an army post in Herat, killing three soldiers.", "2017-11-18"),
    ],
)
def test_a_sentence_dated_against_the_one_before(lang: str, text: str, second_day: str) -> None:
    events = {e.location: e.event_date for e in current(pantau.extract(text, lang=lang, published="2017-11-19"))}
    assert events == {"Kandahar": "2017-11-17", "Herat": second_day}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Karachi on Tuesday investigated the bomb blast that wounded four shoppers at a market."),
        ("en", "Soldiers inspected the wreckage of a car bomb explosion outside a hotel in Mogadishu on Tuesday."),
        ("id", "Presiden mengutuk ledakan bom yang melukai empat pembeli di pasar Karachi, Selasa (2/5)."),
    ],
)
def test_who_investigates_or_condemns_an_act_did_not_do_it(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2023-05-03"))
    assert events and all(not e.actor1.startswith(("Police", "Military", "Government")) for e in events)


def test_an_act_told_the_day_before_after_its_noun() -> None:
    text = ("Fear gripped Karachi on Tuesday as police searched for the gunmen behind the attack that hit "
            "a bus the day before, killing six passengers.")
    events = current(pantau.extract(text, lang="en", published="2023-05-03"))
    assert [e.event_date for e in events] == ["2023-05-01"]


def test_fight_in_the_present_is_figurative() -> None:
    text = ("Doctors in Manila fight to save the wounded, officials said on Tuesday. "
            "Rebels fought soldiers near the town of Jolo on Tuesday.")
    events = current(pantau.extract(text, lang="en", published="2023-05-03"))
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Jolo")]


@pytest.mark.parametrize(
    ("lang", "text", "actor2"),
    [
        ("en", "A bomb exploded in a restaurant in Cusco on Monday, damaging its kitchen.", "Civilians (Peru)"),
        ("id", "Sebuah bom meledak di sebuah pasar di Kota Cotabato, Senin (1/5), merusak beberapa kios.",
         "Civilians (Philippines)"),
        ("en", "A bomb exploded on a road outside Cusco on Monday, damaging a truck.", ""),
    ],
)
def test_a_blast_where_unarmed_people_gather_hit_civilians(lang: str, text: str, actor2: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2023-05-02"))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Remote explosive/landmine/IED", actor2)]


@pytest.mark.parametrize(
    ("lang", "text", "actor1", "actor2"),
    [
        # a device explodes by itself: who stands before it did not set it off
        ("en", "Police were patrolling a road near Kirkuk on Monday when a bomb exploded.",
         "Unidentified Armed Group (Iraq)", ""),
        # "killed by a roadside bomb": the act noun is the means, the soldiers were hit
        ("en", "Three soldiers were killed by a roadside bomb near Kandahar on Monday.",
         "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan"),
        ("id", "Tiga tentara tewas terkena bom rakitan di dekat Kandahar, Senin (1/5).",
         "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan"),
        # an English "-ing" act takes the actor after it as its object
        ("en", "Taliban fighters were seen in Kandahar on Monday while attacking police posts.",
         "Taliban", "Police Forces of Afghanistan"),
        # a participle with its "by"-phrase is passive, with or without an adverb before it
        ("en", "Two policemen were brutally attacked by Taliban fighters in Kandahar on Monday.",
         "Taliban", "Police Forces of Afghanistan"),
        ("en", "Two policemen attacked in Kandahar by Taliban fighters on Monday, officials said.",
         "Taliban", "Police Forces of Afghanistan"),
    ],
)
def test_english_and_indonesian_roles_of_devices_means_and_participles(
        lang: str, text: str, actor1: str, actor2: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2020-05-05"))
    assert events and events[0].actor1 == actor1 and events[0].actor2.startswith(actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Syrian government forces shelled the town of Ariha on Monday, killing four civilians. "
         "Air strikes also hit the town of Saraqib on Monday, killing two residents.", "Military Forces of Syria"),
        # two air forces at work in the report: the strike stays unattributed
        ("Syrian government forces shelled the town of Ariha on Monday, killing four civilians. Russian "
         "warplanes bombed the town of Binnish on Monday. Air strikes also hit the town of Saraqib on Monday, "
         "killing two residents.", "Unidentified Armed Group (Syria)"),
    ],
)
def test_an_air_strike_without_its_air_force_is_by_the_state_the_report_names(text: str, actor1: str) -> None:
    events = current(pantau.extract(text, lang="en", published="2019-05-07"))
    assert next(e.actor1 for e in events if e.location == "Saraqib").startswith(actor1)
    assert all(e.event_type != "Protests" for e in events)  # an air strike is no labour strike


def test_whom_a_crowd_opposes_is_no_side_of_its_protest() -> None:
    text = "Ribuan buruh menggelar demonstrasi menentang pemerintah provinsi di Kota Medan, Senin (1/5)."
    events = current(pantau.extract(text, lang="id", published="2023-05-02"))
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Peaceful protest", "")]


def test_stones_thrown_at_police_make_a_demonstration_violent() -> None:
    text = ("Ratusan mahasiswa berdemonstrasi di Kota Makassar, Senin (1/5). Para demonstran melemparkan batu "
            "ke arah polisi.")
    events = current(pantau.extract(text, lang="id", published="2023-05-02"))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Puluhan ribu buruh berunjuk rasa di Kota Lyon, Selasa (12/9). Unjuk rasa itu berjalan damai, walau "
               "segelintir anarkis sempat bentrok dengan polisi di Lyon."),
        ("en", "Tens of thousands of workers marched peacefully in Lyon on Tuesday, though a group of anarchists "
               "clashed with police in Lyon."),
    ],
)
def test_a_march_called_peaceful_stays_apart_from_a_clash_beside_it(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2023-09-13"))
    assert sorted(e.event_type for e in events) == ["Protests", "Riots"]


def test_shelling_by_the_state_and_by_unnamed_rebels_are_two_events() -> None:
    text = ("Pasukan pemerintah menembakkan mortir ke sebuah pasar di Kota Idlib, Jumat (17/11), menewaskan lima "
            "warga. Pemberontak lalu menembakkan roket ke sebuah sekolah di Kota Idlib pada hari Jumat, "
            "menewaskan dua warga.")
    events = current(pantau.extract(text, lang="id", published="2017-11-18"))
    assert sorted((e.actor1.split(" (")[0], e.fatalities) for e in events) == [
        ("Military Forces of Syria", 5), ("Unidentified Armed Group", 2)]


def test_a_string_of_attacks_describes_a_group_not_the_event() -> None:
    text = ("A bomb exploded at a crowded market in Quetta on Monday, killing four shoppers. An insurgent faction "
            "behind a string of raids on police posts denounced the blast.")
    events = current(pantau.extract(text, lang="en", published="2023-05-02"))
    assert [e.actor2 for e in events] == ["Civilians (Pakistan)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police helicopter gunships fired on militant positions near the town of Khasavyurt on Monday, "
               "killing six."),
        ("id", "Helikopter tentara menembaki para militan di dekat kota Khasavyurt, Senin (1/5), menewaskan enam orang."),
    ],
)
def test_unnamed_fighters_the_state_hits_are_an_armed_side(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2023-05-02"))
    assert events and all(e.actor2 == "Unidentified Armed Group (Russia)" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A mob rioted in the town of Bhuj on Tuesday, burning shops. Three people were killed in police firing in Bhuj.",
        "Three people were killed in police firing in the town of Bhuj on Tuesday. Rampaging mobs set shops on fire "
        "in Bhuj on Tuesday.",
    ],
)
def test_police_firing_on_a_riot_is_the_riots_quelling(text: str) -> None:
    events = current(pantau.extract(text, lang="en", published="2023-05-03"))
    assert [(e.event_type, e.actor2.split(" (")[0], e.fatalities) for e in events] == [
        ("Riots", "Police Forces of India", 3)]


def test_a_participle_after_a_comma_shares_the_sentence_subject() -> None:
    text = ("Taliban fighters stormed a checkpoint guarded by Afghan soldiers in Kandahar on Sunday, killing two "
            "civilians.")
    events = current(pantau.extract(text, lang="en", published="2019-12-16"))
    assert events and {e.actor1 for e in events} == {"Taliban"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rampaging mobs set shops on fire in the town of Bhuj on Tuesday.", ["Riots"]),
        ("A parked car caught on fire on a highway near Bhuj on Tuesday.", []),
    ],
)
def test_setting_something_on_fire(text: str, expected: list[str]) -> None:
    assert [e.event_type for e in current(pantau.extract(text, lang="en", published="2023-05-03"))] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pasukan pemerintah menembaki wilayah yang dikuasai pemberontak, yaitu kota Saraqib, Senin (1/5), menewaskan "
               "tiga warga."),
        ("en", "Government forces shelled an area held by rebels in the town of Saraqib on Monday, killing three residents."),
    ],
)
def test_a_group_that_holds_a_place_is_no_side_of_an_act_there(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2019-05-07"))
    assert events and all(e.actor2 == "Civilians (Syria)" and e.event_type != "Battles" for e in events)


def test_a_sentence_opening_with_the_incident_goes_on_with_the_act_just_told() -> None:
    text = ("Pasukan pemerintah menembaki pasar di kota Jableh, Senin (6/5), menewaskan lima warga. Pemberontak lalu "
            "menembakkan roket ke kota Jableh pada hari Senin. Peristiwa ini menewaskan dua warga sipil.")
    events = current(pantau.extract(text, lang="id", published="2019-05-07"))
    assert sorted((e.actor1.split(" (")[0], e.fatalities) for e in events) == [
        ("Military Forces of Syria", 5), ("Unidentified Armed Group", 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Tentara menembaki basis pemberontak Kafr Nabl di dekat kota Idlib, Senin (6/5)."),
        ("en", "Soldiers shelled the village of Kafr Nabl near the city of Idlib on Monday."),
    ],
)
def test_a_place_named_near_another_is_its_reference_point(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2019-05-07"))
    assert [e.location for e in events] == ["Kafranbel"]


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("A soldier was killed by a roadside bomb near the town of Manbij on Thursday. The SAS soldier was "
         "on patrol with Kurdish fighters.", "Military Forces of the United Kingdom"),
        # two specified soldiers: the bare one stays with the event's country
        ("A soldier was killed by a roadside bomb near the town of Manbij on Thursday. The SAS soldier and a "
         "Turkish soldier were on patrol.", "Military Forces of Syria"),
    ],
)
def test_a_bare_force_noun_stands_for_the_one_the_report_specifies(text: str, actor2: str) -> None:
    events = current(pantau.extract(text, lang="en", published="2018-03-31"))
    assert events and events[0].actor2.startswith(actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # those "yang menjadi korban" are the people named before, never the doers
        ("Seorang pria menyerang sebuah masjid di Kota Medan, Jumat (30/6), dan tiga anggota Brimob yang menjadi "
         "korban penikaman dirawat di rumah sakit.", "Unidentified Armed Group (Indonesia)", "Police Forces of Indonesia"),
        # a passive verb's doer stands right after it, or after "oleh"
        ("Dua polisi dianiaya di Kota Medan, Jumat (30/6). Kedua polisi yang dianiaya itu adalah anggota Polres Medan.",
         "Unidentified Armed Group (Indonesia)", "Police Forces of Indonesia"),
        ("Seorang pemuda tewas setelah dipukuli dan dibakar massa di sebuah pasar Kota Medan, Jumat (30/6).",
         "Rioters (Indonesia)", ""),
    ],
)
def test_victims_and_passive_doers(text: str, actor1: str, actor2: str) -> None:
    events = current(pantau.extract(text, lang="id", published="2017-07-01"))
    assert events and events[0].actor1.startswith(actor1) and events[0].actor2.startswith(actor2)


def test_who_investigates_a_beating_is_not_its_victim() -> None:
    text = "Polisi menyelidiki kasus pria yang tewas karena dipukuli massa di Pasar Kota Medan, Jumat (30/6)."
    events = current(pantau.extract(text, lang="id", published="2017-07-01"))
    assert events and all(not e.actor2.startswith("Police") for e in events)


def test_the_side_a_blast_hit_does_not_become_its_doer() -> None:
    text = ("Sebuah bom meledak di pos polisi di Kota Marawi, Jumat (30/6), melukai dua polisi. Polisi kemudian "
            "menembak mati seorang tersangka di Kota Marawi.")
    events = current(pantau.extract(text, lang="id", published="2017-07-01"))
    blasts = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert blasts and not blasts[0].actor1.startswith("Police")


def test_a_town_taken_is_still_a_seizure() -> None:
    text = "Rebels captured Kidal on Monday, the army said."
    events = current(pantau.extract(text, lang="en", published="2023-05-02"))
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Kidal")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Tentara menyerang desa Kani di Sagaing, Senin (1/5). Konflik itu pecah lantaran junta membubarkan "
               "demonstrasi mahasiswa dengan kekerasan."),
        ("en", "Troops attacked the village of Kani in Sagaing on Monday. The conflict broke out when the junta "
               "crushed student protests."),
    ],
)
def test_how_a_conflict_began_is_background(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2023-05-02"))
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Kani")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Massa membakar kantor sebuah ormas di Ciampea, Bogor, Jumat (13/1) dini hari. Keributan di Bogor itu "
               "berlangsung hingga pagi, kata polisi."),
        ("en", "Several shops were set on fire by rampaging mobs in the town of Bhuj on Tuesday. Two people were "
               "killed in police firing in Bhuj. Mobs also rioted in Bhuj on Tuesday."),
    ],
)
def test_what_a_rioting_crowd_burns_is_part_of_its_riot(lang: str, text: str) -> None:
    events = current(pantau.extract(text, lang=lang, published="2017-01-14"))
    assert [e.event_type for e in events] == ["Riots"]


def test_set_on_fire_by_names_who_set_it() -> None:
    text = "Several shops were set on fire by rampaging mobs in the town of Bhuj on Tuesday."
    events = current(pantau.extract(text, lang="en", published="2017-01-14"))
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (India)")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Petugas bandara di Kota Tarakan menggagalkan penyelundupan empat ekor anak buaya, Senin (1/5)."),
        ("id", "Bupati itu ditangkap KPK dalam operasi tangkap tangan di Kota Medan, Senin (1/5), terkait suap proyek."),
        ("id", "Polisi menerbitkan surat penangkapan terhadap tersangka di Kota Medan, Senin (1/5)."),
        ("id", "Seorang satpam sempat berebut golok dengan pelaku di depan kantor di Kota Medan, Senin (1/5)."),
        ("id", "Kedua pasangan calon bertarung di Pilkada Kota Medan, Senin (1/5)."),
        ("id", "Gajah liar di Provinsi Riau menyusut karena perusakan hutan, kata pejabat, Senin (1/5)."),
        ("id", "Protes dari tim Mercedes membuat FIA meninjau hasil balapan di Sirkuit Sepang, Senin (1/5)."),
        ("id", "Polisi berharap penanganan kasus penyerangan penyidik itu di Kota Medan segera tuntas, Senin (1/5)."),
        ("en", "Police in Medan issued an arrest warrant for the suspect on Monday."),
    ],
)
def test_indonesian_news_that_reports_no_event(lang: str, text: str) -> None:
    assert current(pantau.extract(text, lang=lang, published="2023-05-02")) == []


def test_a_foiled_attack_plot_is_disrupted_weapons_use() -> None:
    text = "Densus 88 menggagalkan rencana serangan bom di Kota Medan, Senin (1/5), dan menangkap dua orang."
    events = current(pantau.extract(text, lang="id", published="2023-05-02"))
    assert "Disrupted weapons use" in [e.sub_event_type for e in events]


def test_a_group_named_like_a_town_abroad_is_no_place() -> None:
    text = "Hamas kembali menembakkan roket, Senin (1/5), kata juru bicara Hamas."
    events = current(pantau.extract(text, lang="id", published="2023-05-02"))
    assert all(e.country != "Germany" for e in events)  # GeoNames lists "Hamas" as a name of Hamm


@pytest.mark.parametrize(
    "text",
    [
        # words that only look like acts
        "Jackson County fell to 18th in population growth last year, census figures showed on Monday.",
        "Two escaped inmates were captured on Thursday evening in Alliance and taken to the county jail.",
        "The ten-year battle over the cigarette tax in Columbia could end on Monday, lawmakers said.",
        "Firefighters battle a warehouse fire in Tega Cay on Monday.",
        "The museum in Adena shows necklaces made of ocean shells and mussel shells.",
        # ordinary local news
        "Three county residents were charged with arson on Monday after fires burned five barns near Eastland.",
        "A 14-year-old girl stabbed a classmate after an argument at a school in Fort Worth on Monday.",
        "The course in Putnam on Monday taught how to treat severe burns and bleeding.",
        "Fifteen brush fires were burning in Volusia County on Friday, officials said.",
        "A storm overturned 13 trucks near Salina on Monday.",
        "Money raised by the walk in Charleston on Monday will support victims of sexual violence.",
    ],
)
def test_english_local_news_that_acled_would_not_code(text: str) -> None:
    assert current(pantau.extract(text, lang="en", published="2023-05-02")) == []


def test_shells_that_hit_a_town_are_shelling() -> None:
    text = "Artillery shells hit the town of Avdiivka on Monday, killing two residents."
    events = current(pantau.extract(text, lang="en", published="2023-05-02"))
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Sembilan startup tampil dalam acara Demo Day di Kota Bandung, Senin (1/5)."),
        ("id", "Bupati itu menyebut tuduhan tersebut sebagai pembunuhan karakter, katanya di Kota Malang, Senin (1/5)."),
        ("id", "Kapolda mengatakan warga boleh berunjuk rasa di depan gedung DPRD Kota Medan, Senin (1/5)."),
        ("en", "Nine startups pitched at a Demo Day in Bandung on Monday."),
    ],
)
def test_demo_days_character_assassination_and_permissions_are_no_events(lang: str, text: str) -> None:
    assert current(pantau.extract(text, lang=lang, published="2023-05-02")) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Menteri itu protes karena dituduh membiarkan kekerasan, katanya di Kota Bandung, Senin (1/5).", []),
        ("en", "The ministry in Ankara protested the court ruling on Monday.", []),
        ("id", "Ribuan buruh protes di depan kantor gubernur di Kota Bandung, Senin (1/5).", ["Protests"]),
        ("id", "Bupati itu mundur dari jabatannya di Kota Bandung, Senin (1/5).", []),
        ("id", "Pasukan Turki mundur dari kota Afrin, Senin (1/5).", ["Strategic developments"]),
    ],
)
def test_complaints_resignations_and_withdrawals(lang: str, text: str, expected: list[str]) -> None:
    assert [e.event_type for e in current(pantau.extract(text, lang=lang, published="2023-05-02"))] == expected


def test_location_names_drop_transliteration_marks_at_their_ends() -> None:
    events = current(pantau.extract("Pasukan Turki mundur dari kota Afrin, Senin (1/5).", lang="id",
                                    published="2023-05-02"))
    assert [e.location for e in events] == ["Afrin"]


def test_a_toll_update_reported_today_counts_for_the_act_told_before() -> None:
    text = ("Bom meledak di markas polisi di Kota Mardin, Selasa (11/4), menewaskan seorang polisi. Menurut laporan "
            "yang dirilis hari ini, jumlah korban jiwa sudah bertambah menjadi tiga orang.")
    events = current(pantau.extract(text, lang="id", published="2017-04-13"))
    assert [(e.event_date, e.fatalities) for e in events] == [("2017-04-11", 3)]


def test_vehicles_attackers_burn_are_part_of_their_attack() -> None:
    text = ("Gunmen stormed an army camp outside Kidal on Sunday, killing seven soldiers. The assailants also set "
            "fire to four army trucks before fleeing, the army said.")
    events = current(pantau.extract(text, lang="en", published="2023-11-06"))
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 7)]
