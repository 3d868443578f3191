"""The made-up FAQs the tests check engine rules on, in one place.

A rule that only works for the campaign's words is tuning, not a feature, so every engine rule is
tested on FAQs nobody tuned it on too:

- the island FAQ (bees, a volcano, a lighthouse; `ISLAND`, tests/data/moderation), in English and
  with Persian translations and Finglish phrasings (`PERSIAN_KNOWLEDGE`), loaded (`island`,
  `persian_island`), copied to be edited (`copy_island`), or copied with entries added whose facts
  are added to its field notes (`island_with`: the keeper, the gardener, ...);
- small FAQs of their own, written into a test's folder from one made-up source (`write_faq`): the
  harbour log, the rowing club's minutes, the town news, the garden notes.

Tests import it as `import madeup` (tests/conftest.py puts this folder on the path).
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.engine import Engine, MatchSettings, load_engine
from bot.engine.matcher import MatchResult, Outcome, Reason
from bot.engine.scope import ScopeIndex
from bot.moderation.yamlformat import dump_entry

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
ISLAND = DATA / "moderation"
ISLAND_KNOWLEDGE = ISLAND / "knowledge"
ISLAND_SEEDS = ISLAND / "seeds"
PERSIAN_KNOWLEDGE = DATA / "persian" / "knowledge"  # the island FAQ with Persian translations


def island(settings: MatchSettings | None = None) -> Engine:
    """The island FAQ's engine."""
    return load_engine(ISLAND_KNOWLEDGE, ISLAND_SEEDS, settings or MatchSettings())


def persian_island(settings: MatchSettings | None = None) -> Engine:
    """The island FAQ with Persian translations and Finglish phrasings."""
    return load_engine(PERSIAN_KNOWLEDGE, ISLAND_SEEDS, settings or MatchSettings())


def copy_island(
    root: Path, notes: str = "", entries: Iterable[Entry] = (), knowledge: Path = ISLAND_KNOWLEDGE
) -> tuple[Path, Path]:
    """A writable copy of the island FAQ (or of `knowledge`, with the island's seeds) in
    root/knowledge and root/seeds, with `notes` added to its field notes and `entries` (which
    may quote them) to its entries."""
    shutil.copytree(knowledge, root / "knowledge")
    shutil.copytree(ISLAND_SEEDS, root / "seeds")
    if notes:
        field_notes = root / "seeds" / "field-notes.txt"
        field_notes.write_text(field_notes.read_text(encoding="utf-8") + notes, encoding="utf-8")
    for entry in entries:
        entry.write(root / "knowledge")
    return root / "knowledge", root / "seeds"


def island_with(root: Path, notes: str, entries: Iterable[Entry], settings: MatchSettings) -> Engine:
    """The island FAQ copied into `root` with `notes` and `entries` added (`copy_island`)."""
    return load_engine(*copy_island(root, notes, entries), settings)


@dataclass(frozen=True)
class Translation:
    question: str
    answer: str
    phrasings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """A made-up entry quoting one sentence of its FAQ's one source."""

    id: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    quote: str
    speaker: str = "notes"
    source: str = "field-notes"
    fa: Translation | None = None

    def yaml(self) -> str:
        """The entry file, as the moderation tools write one (`yamlformat.dump_entry`)."""
        data: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "phrasings": list(self.phrasings),
            "answer": self.answer,
            "quotes": [{"source": self.source, "speaker": self.speaker, "text": self.quote}],
        }
        if self.fa is not None:
            fa: dict[str, Any] = {"reviewed": False, "question": self.fa.question, "answer": self.fa.answer}
            if self.fa.phrasings:
                fa["phrasings"] = list(self.fa.phrasings)
            data["translations"] = {"fa": fa}
        return dump_entry(data)

    def write(self, knowledge: Path) -> Path:
        path = knowledge / f"{self.id}.yaml"
        path.write_text(self.yaml(), encoding="utf-8")
        return path


@dataclass(frozen=True)
class Source:
    """A made-up source document: a heading and its paragraphs, and who speaks in it."""

    id: str
    title: str
    kind: str
    heading: str
    paragraphs: tuple[str, ...]
    speakers: Mapping[str, str]
    description: str = "Made up."

    def write(self, seeds: Path) -> None:
        text = "\n\n".join((self.heading, *self.paragraphs)) + "\n"
        (seeds / f"{self.id}.txt").write_text(text, encoding="utf-8")
        meta = {"id": self.id, "file": f"{self.id}.txt", "title": self.title, "kind": self.kind}
        meta |= {"description": self.description, "language": "en", "speakers": dict(self.speakers)}
        (seeds / f"{self.id}.yaml").write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")


def write_faq(root: Path, source: Source, entries: Iterable[Entry]) -> tuple[Path, Path]:
    """A made-up FAQ of `entries` quoting `source`, in root/knowledge and root/seeds."""
    knowledge, seeds = root / "knowledge", root / "seeds"
    knowledge.mkdir(parents=True)
    seeds.mkdir(parents=True)
    source.write(seeds)
    for entry in entries:
        entry.write(knowledge)
    return knowledge, seeds


def load_faq(root: Path, source: Source, entries: Iterable[Entry], settings: MatchSettings) -> Engine:
    return load_engine(*write_faq(root, source, entries), settings)


def _split(phrasings: str) -> tuple[str, ...]:
    return tuple(phrasings.split("|"))


def _quoting(
    source: Source,
    facts: Mapping[str, str],
    questions: Mapping[str, tuple[str, str]],
    answer: Callable[[str, str], str] = lambda _, fact: fact,
    speakers: Mapping[str, str] | None = None,
) -> tuple[Entry, ...]:
    """An entry for each of `source`'s `facts` ({id: fact}), quoting it: asked as `questions`
    says ({id: (question, "phrasing|phrasing|...")}), answered `answer(id, fact)`, spoken by
    `speakers`' speaker of that id ("notes" by default)."""
    return tuple(
        Entry(
            entry_id,
            question,
            _split(phrasings),
            answer(entry_id, facts[entry_id]),
            facts[entry_id],
            speaker=(speakers or {}).get(entry_id, "notes"),
            source=source.id,
        )
        for entry_id, (question, phrasings) in questions.items()
    )


# -- the island FAQ with an entry added -----------------------------------------------------------

# the keeper the harbour board hired (tests/engine/test_predicates.py); the lighthouse's own
# phrasings about its keeper move to this entry (`KEEPER_LIGHTHOUSE`)
KEEPER_HIRED = "The harbour board hired Tomas Berg as the lighthouse keeper in 1990."
KEEPER = Entry(
    "keeper",
    "Who is the lighthouse keeper?",
    _split(
        "who keeps the lighthouse|name of the keeper|who is tomas berg|lighthouse keeper since when"
        "|when did the keeper start|who looks after the lighthouse|keeper of the light"
        "|who runs the lighthouse day to day|the keeper's name|how long has berg kept the light"
    ),
    "The notes say the harbour board hired Tomas Berg as the lighthouse keeper in 1990.",
    KEEPER_HIRED,
)
# ... and one whose phrasings name doings only as nouns, adjectives or in an "if" clause
KEEPER_KEPT = "Tomas Berg has kept the lighthouse since 1990 and lives in the cottage beside it."
KEEPER_IN_PASSING = Entry(
    "keeper",
    "Who is the lighthouse keeper?",
    _split(
        "who is tomas berg|is the keeper on fire duty|does the keeper get free meals|is there a ban on visitors"
        "|can the keeper get help at night|what happens if the keeper is fired"
        "|was the keeper trained by the harbour board|name of the keeper|the keeper's name|who looks after the lighthouse"
    ),
    "The notes say Tomas Berg has kept the lighthouse since 1990 and lives beside it.",
    KEEPER_KEPT,
)


# ... and a keeper whose name is a people's but for a letter ("Kenyon", "Kenyan")
KEEPER_KENYON = dataclasses.replace(
    KEEPER,
    phrasings=tuple(p.replace("berg", "kenyon") for p in KEEPER.phrasings),
    answer=KEEPER.answer.replace("Berg", "Kenyon"),
    quote=KEEPER_HIRED.replace("Berg", "Kenyon"),
)


def island_with_keeper(root: Path, keeper: Entry) -> Engine:
    """The island FAQ plus `keeper` (KEEPER or KEEPER_IN_PASSING) and the fact it quotes, the
    lighthouse's phrasings about its keeper replaced by others."""
    knowledge, seeds = copy_island(root, f"\n{keeper.quote}\n", [keeper])
    lighthouse = knowledge / "lighthouse.yaml"
    text = lighthouse.read_text(encoding="utf-8").replace("- lighthouse keeper", "- is the lighthouse in service")
    lighthouse.write_text(text.replace("- who runs the lighthouse", "- is the old light still used"), encoding="utf-8")
    return load_engine(knowledge, seeds, MatchSettings())


# a lamp the harbour board approved and a crew the coastguard dismissed, whose notes release a
# report (tests/engine/test_predicates.py): verbs whose second sense is another doing ("fire",
# "pass", "adopt", "release") must not join a question to them
HARBOUR_BOARD_NOTES = """
The harbour board approved the new lamp in 2001.

The coastguard dismissed the old signal crew in 1995 and released the yearly report on the lamp.
"""
NEW_LAMP = Entry(
    "new-lamp",
    "When was the new lamp approved?",
    _split(
        "new lamp|when was the lamp approved|lamp approval|did the board approve the lamp|new lamp in 2001"
        "|who approved the new lamp|lamp decision|the board and the lamp|approval of the lamp|lamp of 2001"
    ),
    "The notes say the harbour board approved the new lamp in 2001.",
    "The harbour board approved the new lamp in 2001.",
)
SIGNAL_CREW = Entry(
    "signal-crew",
    "What happened to the old signal crew?",
    _split(
        "old signal crew|signal crew|what happened to the crew|the crew in 1995|coastguard and the crew"
        "|was the crew let go|signal crew fate|crew of the signal station|old crew|coastguard crew"
    ),
    "The notes say the coastguard dismissed the old signal crew in 1995.",
    "The coastguard dismissed the old signal crew in 1995 and released the yearly report on the lamp.",
)

# a named person (tests/engine/test_scope.py)
GARDENER = Entry(
    "gardener",
    "Who tends the island garden?",
    _split(
        "who is the gardener|who looks after the garden|who is ingrid solberg|what is solberg's job"
        "|gardener of the island|how long has she tended the garden|name of the gardener|who waters the plants"
        "|is there a gardener|who planted the garden beds"
    ),
    "The notes say Ingrid Solberg has tended the island garden for twenty years.",
    "Ingrid Solberg has tended the island garden for twenty years.",
)
# ... with its Persian translation, a person named in Persian script (tests/engine/test_persian_mixed.py,
# test_persian_precision.py, test_persian_reading.py)
GARDENER_FA = dataclasses.replace(
    GARDENER,
    fa=Translation(
        "چه کسی از باغ جزیره نگهداری می‌کند؟",
        "طبق یادداشت‌ها، اینگرید سولبرگ بیست سال است که از باغ جزیره نگهداری می‌کند.",
        ("باغبان جزیره کیه", "اینگرید سولبرگ کیه", "اینگرید سولبرگ چند ساله باغبانه", "baghban e jazire kie"),
    ),
)

# who did something, in Persian, with a "why" phrasing (of another thing) among its own
# (tests/engine/test_persian_why.py): asked why they did it, the sources give no cause
BUILDERS_FA = Entry(
    "builders",
    "Who built the stone pier?",
    _split(
        "who built the pier|builders of the pier|who made the stone pier|who constructed the pier"
        "|why is the pier made of stone|who put up the pier|who laid the stones of the pier|when was the pier built"
        "|did fishermen build the pier|who were the pier builders"
    ),
    "The notes say the fishermen of the island built the stone pier in 1870.",
    "The fishermen of the island built the stone pier in 1870.",
    fa=Translation(
        "چه کسانی اسکلهٔ سنگی را ساختند؟",
        "طبق یادداشت‌ها، ماهیگیران جزیره اسکلهٔ سنگی را در سال ۱۸۷۰ ساختند.",
        ("کی اسکله رو ساخت", "سازندگان اسکله کیا بودن", "ki eskele ro sakht"),
    ),
)

# a near topic (tests/engine/test_claim.py): an entry that counts the dead of an eruption, and
# another that speaks of farmers
DEATHS_NOTES = """
The eruption of 1902 killed 300 people on the western slopes, most of them in a single night.

Farmers on the island grow potatoes and barley on the terraces above the harbour.
"""
DEATHS = Entry(
    "volcano-deaths",
    "How many people died in the eruption of 1902?",
    _split(
        "deaths in the eruption|how many died when the volcano erupted|did anyone die in the eruption"
        "|how deadly was the eruption|eruption death toll|how many people did the volcano kill"
        "|number of victims of the 1902 eruption|casualties in 1902|was the eruption of 1902 deadly"
        "|victims of the eruption"
    ),
    "The notes say the eruption of 1902 killed 300 people on the western slopes.",
    "The eruption of 1902 killed 300 people on the western slopes, most of them in a single night.",
)
FARMING = Entry(
    "farming",
    "What do the island's farmers grow?",
    _split(
        "farming on the island|what crops grow on the island|island farmers|what do farmers grow there"
        "|agriculture on the island|who farms on the island|what is grown on the terraces"
        "|crops above the harbour|do farmers grow barley|island agriculture and crops"
    ),
    "The notes say farmers grow potatoes and barley on the terraces above the harbour.",
    "Farmers on the island grow potatoes and barley on the terraces above the harbour.",
)

# the lighthouse's safety mechanisms (tests/engine/test_synonyms.py)
SAFETY = Entry(
    "safety",
    "What safety mechanisms does the lighthouse have?",
    _split(
        "lighthouse safety mechanisms|what if the lamp fails|backup mechanisms of the lighthouse|spare lamp"
        "|does the lighthouse have a generator|what happens in a power cut|lighthouse generator"
        "|backup equipment for emergencies|emergency power on the island|lighthouse failsafe mechanisms"
    ),
    "The notes say the keepers rely on a spare lamp and a diesel generator.",
    "The lighthouse keepers rely on two safety mechanisms, a spare lamp and a diesel generator.",
)

# the FAQ's own overview (tests/engine/test_overview.py), quoting the notes' first line
OVERVIEW = Entry(
    "island-notes",
    "What are these field notes about?",
    _split(
        "what is this about|what are the notes about|what is this faq about|what do the field notes cover"
        "|what island is this|tell me about these notes|whats this report|what is this report for"
        "|notes from the island|who wrote the field notes"
    ),
    "They are short field notes from an island: its honeybees, its volcano, its old lighthouse, the coastal"
    " trains and the museum.",
    "Field notes from the island: a short report written only for faqbot's tests.",
)


# a ferry's timetable beside the winter ice (tests/engine/test_sentences.py): "when does the ferry
# go? winter too?" guesses a word the timetable says, which alone ranks the entry on the ice;
# "trawlermen" is a word no English lexicon lists (tests/engine/test_scope.py)
FERRY_WINTER_NOTES = """
The ferry leaves the harbour at seven every morning, in summer and in winter alike.

In winter the harbour ice keeps the fishing boats and their trawlermen in port for weeks.
"""
FERRY_TIMES = Entry(
    "ferry-times",
    "When does the ferry leave?",
    _split(
        "ferry times|what time does the ferry go|when is the ferry|first ferry of the day"
        "|ferry departure|does the ferry run every day|morning ferry|ferry timetable"
        "|when can i take the ferry|how early is the ferry"
    ),
    "The notes say the ferry leaves the harbour at seven every morning, in summer and in winter alike.",
    "The ferry leaves the harbour at seven every morning, in summer and in winter alike.",
)
WINTER_ICE = Entry(
    "winter-ice",
    "What happens to the harbour in winter?",
    _split(
        "harbour ice|is the harbour frozen|winter on the island|fishing boats in winter"
        "|does the harbour freeze|winter weather|ice in the port|can boats leave in winter"
        "|how long are boats stuck|cold season on the island"
    ),
    "The notes say that in winter the harbour ice keeps the fishing boats in port for weeks.",
    "In winter the harbour ice keeps the fishing boats and their trawlermen in port for weeks.",
)


# a state of things asked "what's the ... situation like" (tests/engine/test_plain_rewordings.py)
PARKING_NOTES = (
    "\nParking at the harbour is free in winter, but the twenty spaces fill up by nine on summer mornings.\n"
)
PARKING = Entry(
    "harbour-parking",
    "How is parking at the harbour?",
    _split(
        "harbour parking|is parking free at the harbour|how many parking spaces|where do i park"
        "|parking situation at the harbour|can i park at the harbour in summer|is it hard to park"
        "|parking in winter|when does the car park fill up|harbour car park"
    ),
    "The notes say parking at the harbour is free in winter, but the twenty spaces fill up by nine on summer mornings.",
    "Parking at the harbour is free in winter, but the twenty spaces fill up by nine on summer mornings.",
)


# a word written with a hyphen (tests/engine/test_example_words.py): "re-building", typed "rebuilding"
SEA_WALL_NOTES = "\nThe council approved the re-building of the sea wall after the storms of 2010.\n"
SEA_WALL = Entry(
    "sea-wall",
    "Why was the sea wall re-built?",
    _split(
        "sea wall|when was the sea wall rebuilt|who approved the sea wall|storms of 2010"
        "|why a new sea wall|did the council approve the wall|the wall after the storms|is the wall new"
        "|sea wall repairs|what did the council decide about the wall"
    ),
    "The notes say the council approved the re-building of the sea wall after the storms of 2010.",
    "The council approved the re-building of the sea wall after the storms of 2010.",
)


# -- FAQs of their own ------------------------------------------------------------------------------

# The harbour log (tests/engine/test_scope.py): the ferry named in passing by the captain ...
FERRY_SOURCE = Source(
    "log",
    "Harbour log",
    "log",
    "Harbour log, kept by the harbour master.",
    ("Captain Oona Vell said the Saltmarsh Ferry leaves the harbour at noon.",),
    {"vell": "Captain Oona Vell, harbour master"},
)
FERRY = Entry(
    "departure",
    "When does the boat leave the harbour?",
    _split(
        "when does the boat leave|ferry departure time|what time is the ferry|noon departure|when does it sail"
        "|boat schedule|departure of the ferry|when can i board|leaving time|what time does the boat go"
    ),
    "According to Captain Oona Vell, the Saltmarsh Ferry leaves the harbour at noon.",
    "Captain Oona Vell said the Saltmarsh Ferry leaves the harbour at noon.",
    speaker="vell",
    source="log",
)

# ... four entries, two of them about the ferry
_HARBOUR_FACTS = {
    "departure": "The ferry leaves the harbour at noon every day.",
    "fares": "A ferry ticket costs four pounds, and children travel free.",
    "keeper": "Mira Holt keeps the harbour log and writes in it every evening.",
    "gulls": "Gulls gather in the harbour because the fishing boats land their catch there.",
}
HARBOUR_SOURCE = Source(
    "log",
    "Harbour log",
    "log",
    "Harbour log.",
    tuple(_HARBOUR_FACTS.values()),
    {"holt": "Mira Holt, log keeper", "notes": "the log's daily notes"},
)
_HARBOUR_QUESTIONS = {
    "departure": (
        "When does the ferry leave the harbour?",
        "ferry times|when does the boat go|ferry departure|what time is the crossing|noon ferry"
        "|is there a daily sailing|timetable for the boat|when can i sail|what hour does it depart|does it run every day",
    ),
    "fares": (
        "How much does a ferry ticket cost?",
        "fare for the crossing|ticket price|do children pay|how much is the crossing|cost of a ticket"
        "|is it expensive|price for kids|what do i pay to board|four pounds?|are kids free",
    ),
    "keeper": (
        "Who keeps the harbour log?",
        "who writes the log|log keeper|who is mira holt|when is the log written|harbour log"
        "|who records the harbour news|mira holt|is the log kept daily|who is in charge of the log|evening log entries",
    ),
    "gulls": (
        "Why are there so many gulls in the harbour?",
        "gulls|seagulls at the harbour|why all the birds|birds near the boats|gull numbers|why do birds crowd here"
        "|what attracts the seagulls|fishing boats and birds|so many gulls|bird flocks by the pier",
    ),
}
HARBOUR = _quoting(
    HARBOUR_SOURCE,
    _HARBOUR_FACTS,
    _HARBOUR_QUESTIONS,
    lambda entry_id, fact: "According to the log, " + (fact if entry_id == "keeper" else fact.lower()),
    {"keeper": "holt"},
)

# ... and the same log with a page on what it is, an overview entry (tests/engine/test_overview.py):
# a FAQ whose words of the whole ("harbour", "log") are not the island's ("notes")
HARBOUR_LOG_FACT = "This log is the harbour office's daily record of all that happens in the harbour."
HARBOUR_OVERVIEW_SOURCE = dataclasses.replace(HARBOUR_SOURCE, paragraphs=(*HARBOUR_SOURCE.paragraphs, HARBOUR_LOG_FACT))
HARBOUR_OVERVIEW = Entry(
    "about-the-log",
    "What is this log about?",
    _split(
        "what is this about|what does the log cover|what is the harbour log for|whats in this logbook"
        "|what is this|tell me about the log|overview of the logbook|summary of all the pages"
        "|what is the harbour office recording|what are these pages about"
    ),
    "According to the log, it is the harbour office's daily record of all that happens in the harbour.",
    HARBOUR_LOG_FACT,
    source="log",
)
HARBOUR_WITH_OVERVIEW = (*HARBOUR, HARBOUR_OVERVIEW)

# ... the harbour festival, with months and years of its own
FESTIVAL_FACT = "The harbour festival is held every July and has drawn 5,000 visitors since the start of 2020."
FESTIVAL_SOURCE = Source(
    "log", "Harbour log", "log", "Harbour log.", (FESTIVAL_FACT,), {"notes": "the log's daily notes"}
)
FESTIVAL = Entry(
    "festival",
    "When is the harbour festival, and how many come?",
    _split(
        "when is the festival|festival month|how many visitors does the festival get|festival visitors"
        "|is there a harbour festival|festival dates|visitor numbers at the festival"
        "|when does the harbour festival happen|how popular is the festival|festival crowd size"
    ),
    FESTIVAL_FACT,
    FESTIVAL_FACT,
    source="log",
)

# ... the harbour clinic (tests/engine/test_figure_scope.py): a rough figure of one group, another
# group named after it ("as well as"), a rank among others, and a count its phrasings ask only of
# what was recorded ("patient visits were recorded") that its texts never say
CLINIC_FACT = (
    "The harbour clinic has treated hundreds of fishermen, as well as ferry crews, since it opened,"
    " and is among the busiest on the coast."
)
CLINIC_SOURCE = Source("log", "Harbour log", "log", "Harbour log.", (CLINIC_FACT,), {"notes": "the log's daily notes"})
CLINIC = Entry(
    "clinic",
    "Whom does the harbour clinic treat?",
    _split(
        "who does the clinic treat|how many people has the clinic treated|clinic patients"
        "|how many patient visits were recorded|is the clinic busy|does the clinic treat fishermen"
        "|harbour clinic|who goes to the clinic|fishermen treated at the clinic|clinic on the harbour"
    ),
    "According to the log, " + CLINIC_FACT[0].lower() + CLINIC_FACT[1:],
    CLINIC_FACT,
    source="log",
)

# The harbour notes (tests/engine/test_capitals.py): a country's fishing quota (its capital read
# as the country) and the ferry to the mainland
_QUOTA_FACTS = {
    "quota": "The council says Norway refused to lower its fishing quota at the March talks.",
    "ferry": "The ferry to the mainland leaves the harbour at noon every day.",
}
QUOTA_SOURCE = Source(
    "notes", "Harbour notes", "notes", "Harbour notes.", tuple(_QUOTA_FACTS.values()), {"notes": "the notes"}
)
_QUOTA_QUESTIONS = {
    "quota": (
        "Did Norway agree to lower its fishing quota?",
        "did norway lower the fishing quota|norway fishing quota|what did norway say at the march talks"
        "|will norway cut its quota|norway refused the quota cut|fishing talks in march|norway and the quota"
        "|is norway keeping its catch limit|what happened at the fishing talks|did the talks change the quota",
    ),
    "ferry": (
        "When does the ferry leave?",
        "when does the ferry go|ferry time|what time is the boat to the mainland|noon ferry|harbour departures"
        "|boat schedule|when can i board the ferry|ferry to the mainland|does the ferry run every day"
        "|departure time of the boat",
    ),
}
QUOTA = _quoting(QUOTA_SOURCE, _QUOTA_FACTS, _QUOTA_QUESTIONS)

# The minutes of a rowing club (tests/engine/test_scope.py): two entries about its rulebook
_CLUB_FACTS = {
    "complaints": "Members complained of discrimination against women in the choice of captains, the board's"
    " responsibility.",
    "coaches": "The club still refuses to pay its youth coaches for weekend races, a responsibility nobody takes on.",
}
CLUB_SOURCE = Source(
    "rules", "Club minutes", "minutes", "Club minutes.", tuple(_CLUB_FACTS.values()), {"notes": "the minutes"}
)
_CLUB_QUESTIONS = {
    "complaints": (
        "What did the members complain about?",
        "complaints|captains|unfair choice|member grievances|choosing captains|is the club fair"
        "|what upset members|objections at the meeting|how captains are picked|any protests",
    ),
    "coaches": (
        "Are the youth coaches paid?",
        "coach pay|weekend races|unpaid coaches|do coaches earn|wages for coaching|volunteer coaches"
        "|money for youth coaches|coaching fees|is coaching paid|race weekends",
    ),
}
CLUB = _quoting(CLUB_SOURCE, _CLUB_FACTS, _CLUB_QUESTIONS, lambda _, fact: f"According to the minutes, {fact.lower()}")
# ... with Persian translations (tests/engine/test_persian_plurals.py): women («زنان») named
CLUB_FA = (
    dataclasses.replace(
        CLUB[0],
        fa=Translation(
            "اعضا از چه چیزی شکایت کردند؟",
            "به گفتهٔ صورتجلسه، اعضا از تبعیض علیه زنان در انتخاب کاپیتان‌ها شکایت کردند.",
            ("تبعیض علیه زنان", "شکایت اعضا", "زنان و کاپیتان‌ها"),
        ),
    ),
    dataclasses.replace(
        CLUB[1],
        fa=Translation(
            "آیا به مربیان جوانان پول داده می‌شود؟",
            "به گفتهٔ صورتجلسه، باشگاه هنوز به مربیان جوانان برای مسابقه‌های آخر هفته پولی نمی‌دهد.",
            ("دستمزد مربی‌ها", "مسابقه‌های آخر هفته"),
        ),
    ),
)

# The town news (tests/engine/test_scope.py): a mayor's radio interview, with Persian translations
_TOWN_FACTS = {
    "interview": "The mayor spoke about the new bridge in an interview with Lena Ross of Harbour Radio.",
    "bridge": "The new bridge will open in the spring and cost less than the old ferry.",
}
TOWN_SOURCE = Source("news", "Town news", "news", "Town news.", tuple(_TOWN_FACTS.values()), {"notes": "the news"})
TOWN = (
    Entry(
        "interview",
        "Where did the mayor speak about the bridge?",
        _split(
            "mayor interview|who interviewed the mayor|harbour radio|lena ross|radio interview"
            "|where did the mayor talk|who did the mayor speak to|mayor on the radio|the interview|mayor speaks"
        ),
        "According to the news, the mayor spoke about the new bridge in an interview with Lena Ross of Harbour Radio.",
        _TOWN_FACTS["interview"],
        source="news",
        fa=Translation(
            "شهردار کجا دربارهٔ پل صحبت کرد؟",
            "شهردار در گفت‌وگویی با لنا راس از رادیو بندر دربارهٔ پل تازه صحبت کرد.",
            ("مصاحبه شهردار", "شهردار کجا صحبت کرد"),
        ),
    ),
    Entry(
        "bridge",
        "When will the new bridge open?",
        _split(
            "bridge opening|when does the bridge open|new bridge|bridge cost|is the bridge cheaper"
            "|spring opening|bridge date|when can we cross|bridge vs ferry|opening day"
        ),
        "According to the news, the new bridge will open in the spring and cost less than the old ferry.",
        _TOWN_FACTS["bridge"],
        source="news",
        fa=Translation(
            "پل تازه کی باز می‌شود؟",
            "پل تازه در بهار باز می‌شود و کمتر از کشتی قدیمی هزینه دارد.",
            ("پل کی باز میشه", "پل تازه"),
        ),
    ),
)

# Notes about a garden (tests/discord/test_discord_wire.py): one entry, self-contained
GARDEN_SOURCE = Source(
    "garden",
    "Notes about the garden",
    "notes",
    "The garden has forty apple trees.",
    ("The well is twelve metres deep.",),
    {"notes": "The notes themselves"},
    description="Two facts about a garden.",
)
APPLE_TREES = Entry(
    "apple-trees",
    "How many apple trees are in the garden?",
    _split(
        "apple trees|how many apple trees|number of apple trees|count the apple trees|apple tree count"
        "|how many trees with apples|apple trees in the garden|garden apple trees|trees of apples|apple orchard size"
    ),
    "Forty.",
    "The garden has forty apple trees.",
    source="garden",
)


def scope_index(faq: dict[str, tuple[str, str, list[str]]]):
    """The scope check over made-up entries given as {id: (question, answer, phrasings)}: what the
    entry says is its question and answer, its own question its topic (as `Engine` builds it)."""
    from bot.engine.scope import ScopeIndex

    return ScopeIndex([(e, [q, a], p) for e, (q, a, p) in faq.items()], topics={e: [q] for e, (q, _, _) in faq.items()})


def assert_edit_check_keeps_what_is_won(matcher: Any, entries: Sequence[tuple[str, list[str]]]) -> None:
    """After an edit, only the phrasings the edited entry might win are checked for collisions
    (engine._may_win): that set must hold each phrasing of the made-up `entries` (indexed by
    `matcher`) that another entry does win when it is asked with itself left out."""
    from bot.engine.engine import _may_win

    index = matcher.index
    won: dict[int, set[int]] = {}
    for ei, (entry_id, texts) in enumerate(entries):
        for row, text in enumerate(texts, index.starts[ei]):
            ranked = matcher.rank(text, exclude=(entry_id, text)).candidates
            if ranked and ranked[0].entry_id != entry_id:
                won.setdefault(index.index_of[ranked[0].entry_id], set()).add(row)
    assert won  # the made-up FAQ has such phrasings, or this check would prove nothing
    for ei, rows in won.items():
        assert rows <= set(_may_win(index, matcher.settings, [ei])), entries[ei][0]


def lenient(settings):
    """`settings` with thresholds far below any fitted, in every language: a message scoring at
    all is answered, so the scope check, not the ranking, decides what a test sees."""
    low = {"answer_threshold": 15.0, "suggest_threshold": 5.0}
    return dataclasses.replace(
        settings, answer_threshold=15.0, suggest_threshold=5.0, language_thresholds={"fa": low, "fa-Latn": low}
    )


# -- the Persian island FAQ with who did what it dates --------------------------------------------

# who automated the lighthouse, beside the lighthouse's entry that says when: «کی خودکار کردن؟»
# asks either (tests/engine/test_persian_near.py)
AUTOMATION_NOTES = "\nA crew from the harbour board did the automation work on the lighthouse.\n"
AUTOMATION_CREW = Entry(
    "automation-crew",
    "Who automated the lighthouse?",
    _split(
        "which crew did the automation work|who automated the old lighthouse|harbour board crew|who did the automation work"
        "|crew from the harbour board|who was on the automation crew|who made the lamp run by itself"
        "|which team did the work on the lamp|who worked on the automation|name of the automation crew"
    ),
    "The notes say a crew from the harbour board did the automation work on the lighthouse.",
    "A crew from the harbour board did the automation work on the lighthouse.",
    fa=Translation(
        "چه کسی فانوس را خودکار کرد؟",
        "طبق یادداشت‌ها، گروهی از هیئت بندر کار خودکارسازی فانوس را انجام داد.",
        ("کدوم گروه خودکارسازی رو انجام داد", "کیا خودکارش کردن", "گروه هیئت بندر", "che kasi khodkar kard"),
    ),
)


def persian_island_with(
    root: Path, notes: str, entries: Iterable[Entry], settings: MatchSettings | None = None
) -> Engine:
    """The Persian island FAQ (`persian_island`) with `entries` added and `notes` in its source, in
    `root`: `island_with` for the FAQ with Persian translations."""
    knowledge, seeds = copy_island(root, notes, list(entries), knowledge=PERSIAN_KNOWLEDGE)
    return load_engine(knowledge, seeds, settings or MatchSettings())


def persian_island_with_automation_crew(root: Path, settings: MatchSettings | None = None) -> Engine:
    """The Persian island FAQ (`persian_island`) with `AUTOMATION_CREW` added, in `root`."""
    return persian_island_with(root, AUTOMATION_NOTES, [AUTOMATION_CREW], settings)


# A request and the thing requested, in Persian too (tests/engine/test_persian_request.py): the
# fishers asked the council to vote for a harbour wall; what a vote for the wall would do.
PETITION_FA = Entry(
    "petition",
    "What does the fishers' petition ask the council to do?",
    _split(
        "what do the fishers want from the council|what is the petition's demand|what does the petition ask for"
        "|what are the fishers asking the council|the fishers' request|what do the fishers demand"
        "|what action do the fishers want|what is the council asked to do|what does the petition call for"
        "|what did the fishers ask the council for"
    ),
    "The notes say the fishers' petition asks the council to vote for a stone wall around the harbour.",
    "The fishers' petition asks the council to vote for a stone wall around the harbour.",
    fa=Translation(
        "طومار ماهیگیران از شورا چه می‌خواهد؟",
        "طبق یادداشت‌ها، طومار ماهیگیران از شورا می‌خواهد به یک دیوار سنگی دور بندر رای بدهد.",
        (
            "ماهیگیرا از شورا چی میخوان",
            "درخواست طومار از شورا چیه",
            "ماهیگیرا از شورا چی خواستن",
            "خواسته ماهیگیران چیست",
            "از شورا خواستن چیکار کنه",
        ),
    ),
)
WALL_VOTE_FA = Entry(
    "wall-vote",
    "What would a vote for the harbour wall do?",
    _split(
        "what if the council votes for the wall|why vote for the wall|what would the wall do"
        "|what good is a yes vote on the wall|does a vote for the wall protect the harbour"
        "|what happens if the wall is voted through|what is the point of voting for the wall"
        "|what does a yes vote on the wall achieve|why should the council back the wall|effect of a vote for the wall"
    ),
    "The notes say a vote for the wall would keep the winter storms out of the harbour.",
    "A vote for the wall would keep the winter storms out of the harbour.",
    fa=Translation(
        "رای به دیوار بندر چه نتیجه‌ای دارد؟",
        "طبق یادداشت‌ها، رای به دیوار، طوفان‌های زمستانی را از بندر دور نگه می‌دارد.",
        (
            "رای مثبت به دیوار سنگی چه فایده ای داره",
            "اگه شورا به دیوار سنگی رای بده چی میشه",
            "چرا باید به دیوار سنگی رای داد",
            "رای دادن به دیوار سنگی چه اثری داره",
            "رای موافق به دیوار سنگی دور بندر",
        ),
    ),
)


# the rowing club's regatta, an entry beside the one a test is about (tests/engine/test_bare_about.py,
# test_quoted_speaker.py): its source must hold "The regatta is held in June."
REGATTA = Entry(
    "regatta",
    "When is the regatta?",
    tuple(
        "regatta date|when is the race|regatta month|june regatta|race day|when do they row"
        "|regatta schedule|club race|summer regatta|is the regatta in june".split("|")
    ),
    "The minutes say the regatta is held in June.",
    "The regatta is held in June.",
    speaker="minutes",
    source="club",
)


# ... the dredging petition: a group counted but not named, its spokeswoman, a season with no
# change, a petition that binds nobody, permits refused to others (the near-topic shapes)
_PETITION_FACTS = {
    "signers": "In a petition addressed to the harbour board, 12 fishing cooperatives from around the coast have urged the council to dredge the harbour.",
    "ostrova": "according to Seafarers Guild official Lena Ostrova",
    "catch": "The catch has regrettably shown no improvement during the past season.",
    "binding": "Though such petitions are not binding, councillors can feel pressure at town meetings.",
    "permits": "The harbour board still refuses to issue permits to foreign trawlers.",
}
PETITION_SOURCE = Source(
    "petition",
    "Dredging petition",
    "news",
    "Coast news.",
    tuple(_PETITION_FACTS.values()),
    {"ostrova": "Lena Ostrova, Seafarers Guild", "notes": "the news itself"},
)
_PETITION_QUESTIONS = {
    "signers": (
        "Who wrote the petition?",
        "who signed the petition|how many cooperatives signed it|which groups are behind the petition|who sent it"
        "|how many signers|authors of the petition|who is behind it|how many groups wrote it|who petitioned the board"
        "|twelve cooperatives?",
    ),
    "ostrova": (
        "Who is Lena Ostrova?",
        "lena ostrova|who is ostrova|what does ostrova do|ostrova guild|who is the guild official"
        "|which guild is ostrova with|is ostrova an official|ostrova role|the guild spokeswoman|who spoke for the guild",
    ),
    "catch": (
        "Has the catch improved over the past season?",
        "is the catch better|did fishing improve|catch this season|is fishing getting better|any improvement in the catch"
        "|how was the season|did the catch get worse|fishing results|is the catch still bad|season catch",
    ),
    "binding": (
        "Is the petition binding, and if not why does it matter?",
        "is it binding|does the council have to obey|is the petition legally binding|why does it matter"
        "|does it force the council|binding or not|can it be ignored|what power does a petition have"
        "|does the board have to listen|is it just symbolic",
    ),
    "permits": (
        "Does the harbour board issue permits to foreign trawlers?",
        "permits for trawlers|does the board refuse permits|can foreign boats fish here|trawler permits"
        "|are permits refused|who gets a permit|foreign trawlers|why no permits|permit refusals|is the harbour closed to trawlers",
    ),
}
PETITION = _quoting(
    PETITION_SOURCE,
    _PETITION_FACTS,
    _PETITION_QUESTIONS,
    lambda entry_id, fact: (
        "According to the news, Lena Ostrova is a Seafarers Guild official."
        if entry_id == "ostrova"
        else "According to the news, " + fact[0].lower() + fact[1:]
    ),
    {"catch": "ostrova"},
)


# -- a notice dated on one day: the date of its writing, not of any other event -------------------

NOTICE_NOTES = "\nThe ferry notice, dated March 3, says the winter timetable starts in December.\n"
NOTICE = Entry(
    "notice-date",
    "When was the ferry notice written?",
    (
        "when was it posted",
        "what date is the notice",
        "when was the notice put up",
        "date of the ferry notice",
        "which month was it written",
        "when did the harbour board write it",
        "is the notice recent",
        "what day was the notice dated",
        "when is the ferry notice from",
        "exact date of the notice",
    ),
    "The notes say the ferry notice is dated March 3.",
    "The ferry notice, dated March 3, says the winter timetable starts in December.",
)


# an entry asked with "written" and the source's name: «اطلاعیه کی نوشته شد» (when was the notice
# written), whose words a frame naming where an answer is written repeats ("in the notice it says
# when the bakery opens": tests/engine/test_persian_frame.py)
STORM_NOTICE_NOTES = "\nThe harbour board wrote its storm notice on 3 March.\n"
NOTICE_DATE = Entry(
    "notice-date",
    "When was the storm notice written?",
    _split(
        "when was the notice written|date of the storm notice|when did the board write the notice"
        "|what day is the notice from|when was the storm notice issued|storm notice date|notice from the board"
        "|when did the storm notice come out|which day was the notice written|how old is the storm notice"
    ),
    "The notes say the harbour board wrote its storm notice on 3 March.",
    "The harbour board wrote its storm notice on 3 March.",
    fa=Translation(
        "اطلاعیه طوفان کی نوشته شد؟",
        "طبق یادداشت‌ها، هیئت بندر اطلاعیه طوفان را ۳ مارس نوشت.",
        ("اطلاعیه کی نوشته شده", "تاریخ اطلاعیه طوفان", "اطلاعیه مال چه روزیه", "ettelaiye key neveshte shod"),
    ),
)


def persian_island_with_notice(root: Path, settings: MatchSettings | None = None) -> Engine:
    """The Persian island FAQ (`persian_island`) with `NOTICE_DATE` added, in `root`."""
    return persian_island_with(root, STORM_NOTICE_NOTES, [NOTICE_DATE], settings)


# -- the town bulletin: a recent event, a vote's one-sided consequence, a past year (near12) -------

_BULLETIN_FACTS = {
    "mayor": "Mayor Ana Ruiz's recent re-election now obliges the council to deliver on her promises of a new sea wall.",
    "vote": "By voting for the dredging plan, the council will send a clear message to the fishing cooperatives.",
    "ferries": "In the past year the ferry company has failed to run its winter service on time.",
    "groups": "The letter to the council was signed by 9 residents' groups from across the town.",
}
BULLETIN_SOURCE = Source(
    "bulletin", "Town bulletin", "news", "Town bulletin.", tuple(_BULLETIN_FACTS.values()), {"notes": "the bulletin"}
)
_BULLETIN_QUESTIONS = {
    "mayor": (
        "What does the mayor's re-election mean for the sea wall?",
        "ruiz reelection|what does ruiz being re-elected mean|mayor re-elected|sea wall promises|the mayor's promises"
        "|is the council bound by her promises|ruiz and the sea wall|what did ruiz promise|new mayor term|mayor vote",
    ),
    "vote": (
        "What would voting for the dredging plan do?",
        "why vote for the dredging plan|what message would the vote send|dredging plan vote|should the council vote yes"
        "|what happens if the council votes for the plan|what does the vote mean|dredging vote message"
        "|vote on the dredging|effect of the vote|the council's vote",
    ),
    "ferries": (
        "Has the ferry company run its winter service on time?",
        "is the winter ferry on time|ferry delays|did the ferry company fail|winter service|is the ferry late"
        "|ferry punctuality|ferry company record|winter timetable kept?|are ferries late|ferry service this year",
    ),
    "groups": (
        "Who signed the letter to the council?",
        "who signed the letter|how many groups signed|which groups signed it|who wrote to the council|names of the groups"
        "|how many residents' groups|who is behind the letter|signatories|who sent the letter|nine groups?",
    ),
}
BULLETIN = _quoting(
    BULLETIN_SOURCE,
    _BULLETIN_FACTS,
    _BULLETIN_QUESTIONS,
    lambda entry_id, fact: fact + (" The bulletin does not name the groups." if entry_id == "groups" else ""),
)


# Who holds the key to the lamp room: an entry that gives no time, asked with a «کی» that may ask
# "who" or "when" (tests/engine/test_finglish_when_spelled_key.py, test_persian_when_unsaid.py).
LAMP_ROOM = Entry(
    "lamp-room",
    "Who holds the key to the lamp room?",
    (
        "who has the lamp room key",
        "is the lamp room locked",
        "who can open the lamp room",
        "lamp room key holder",
        "who keeps the key",
        "key to the lamp room",
        "can visitors get into the lamp room",
        "who unlocks the lamp room",
        "lamp room access",
        "is there a spare key",
    ),
    "The notes say the keeper holds the only key to the lamp room.",
    "The keeper holds the only key to the lamp room.",
    fa=Translation(
        "کلید اتاق چراغ دست کیه؟",
        "طبق یادداشت‌ها، تنها کلید اتاق چراغ دست نگهبان است.",
        (
            "کی اتاق چراغ رو باز میکنه؟",
            "kelid otagh lamp dast kiye",
            "ki otagh lamp ro baz mikone",
            "otagh lamp ghofle?",
        ),
    ),
)


def persian_island_with_petition(root: Path) -> Engine:
    """The Persian island FAQ with `PETITION_FA` and `WALL_VOTE_FA` (the fishers' petition and the
    vote it asks for) added, their quotes in its notes, in `root` (default settings)."""
    entries = [PETITION_FA, WALL_VOTE_FA]
    return persian_island_with(root, "".join(f"\n{e.quote}\n" for e in entries), entries, MatchSettings())


# -- the fishers named in the notes, the council bound by the petition (test_persian_recall4.py) --

FISHERS_NOTES = (
    "\nThe notes name the fishers of the north quay among those the storms hurt most."
    "\nThe petition does not bind the council, which may still vote as it likes.\n"
)
FISHERS_NAMED_FA = Entry(
    "fishers-named",
    "Do the notes mention the fishers of the north quay?",
    _split(
        "are the fishers mentioned|do the notes talk about the fishers|fishers of the north quay"
        "|what about the fishers|are the north quay fishers named|do the notes say anything about fishers"
        "|fishers in the notes|who did the storms hurt most|the fishers and the storms|north quay"
    ),
    "Yes. The notes name the fishers of the north quay among those the storms hurt most.",
    "The notes name the fishers of the north quay among those the storms hurt most.",
    fa=Translation(
        "آیا یادداشت‌ها به ماهیگیران اسکله شمالی اشاره می‌کنند؟",
        "بله. طبق یادداشت‌ها، ماهیگیران اسکله شمالی از کسانی‌اند که طوفان‌ها بیشترین آسیب را به آنها زد.",
        (
            "یادداشت‌ها به ماهیگیرا اشاره میکنن؟",
            "به ماهیگیران اسکله شمالی اشاره شده؟",
            "ماهیگیرای اسکله شمالی",
            "طوفان به کی بیشتر آسیب زد",
            "یادداشتا درباره ماهیگیرا چی میگن",
            "yaddashta be mahigira eshare mikonan?",
            "mahigira-ye eskele shomali",
        ),
    ),
)
PETITION_BINDING_FA = Entry(
    "petition-binding",
    "Does the petition bind the council?",
    _split(
        "is the council bound by the petition|must the council do what the petition asks|is the petition binding"
        "|can the council ignore the petition|does the council have to obey the petition|is the petition compulsory"
        "|petition binding or not|is the council forced to act|may the council vote as it likes|is the petition mandatory"
    ),
    "No. The notes say the petition does not bind the council, which may still vote as it likes.",
    "The petition does not bind the council, which may still vote as it likes.",
    fa=Translation(
        "آیا طومار شورا را ملزم می‌کند؟",
        "نه. طبق یادداشت‌ها، طومار شورا را ملزم نمی‌کند و شورا هر طور بخواهد رای می‌دهد.",
        (
            "شورا مجبوره به طومار عمل کنه؟",
            "طومار برای شورا اجباریه؟",
            "اگه اجباری نیست طومار چه فایده ای داره",
            "شورا میتونه طومار رو نادیده بگیره؟",
            "شورا هر طور بخواد رای میده؟",
        ),
    ),
)


# An English term asked what it means, in Persian words (tests/engine/test_persian_spoken_terms.py):
# what the green flag on the harbour mast means; its English phrasings name the term, its
# Persian ones write it in Persian («پرچم سبز»)
GREEN_FLAG_NOTE = "A green flag on the harbour mast means the sea is calm enough for small boats."
GREEN_FLAG_FA = Entry(
    "green-flag",
    "What does the green flag on the harbour mast mean?",
    _split(
        "what does the green flag mean|what is meant by a green flag|green flag on the mast"
        "|what's a green flag supposed to mean|can small boats go out when the flag is green|green flag meaning"
        "|what does a green flag tell boats|is a green flag good news|meaning of the green flag on the harbour"
        "|what are boats told by the green flag"
    ),
    "The notes say a green flag on the harbour mast means the sea is calm enough for small boats.",
    GREEN_FLAG_NOTE,
    fa=Translation(
        "پرچم سبز روی دکل بندر یعنی چه؟",
        "طبق یادداشت‌ها، پرچم سبز روی دکل بندر یعنی دریا برای قایق‌های کوچک به اندازه کافی آرام است.",
        ("پرچم سبز یعنی چی؟", "منظور از پرچم سبز چیه", "پرچم سبز روی دکل", "parcham sabz yani chi?"),
    ),
)


def persian_island_with_fishers(root: Path, settings: MatchSettings | None = None) -> Engine:
    """The Persian island FAQ (`persian_island`) with `FISHERS_NAMED_FA`, `PETITION_BINDING_FA` and
    `AUTOMATION_CREW` added, in `root`."""
    return persian_island_with(
        root, FISHERS_NOTES + AUTOMATION_NOTES, [FISHERS_NAMED_FA, PETITION_BINDING_FA, AUTOMATION_CREW], settings
    )


# -- a doing stated with no cause or method (tests/engine/test_persian_cause_and_method.py): the
# harbour master re-elected (no reason given), smugglers arrested (no way told), and how the
# chapel bell is rung (a manner: "by hand") --

HARBOUR_MASTER_FA = Entry(
    "harbour-master",
    "Who is the harbour master?",
    _split(
        "who heads the harbour|anna berg harbour master|was anna berg re-elected|anna berg re-elected"
        "|why does her re-election matter|how does her re-election figure in the notes|is anna berg harbour master again"
        "|who was elected harbour master|harbour master election|who did the islanders elect"
    ),
    "The notes say the islanders re-elected Anna Berg harbour master in 1901.",
    "The islanders re-elected Anna Berg harbour master in 1901.",
    fa=Translation(
        "رئیس بندر کیست؟",
        "طبق یادداشت‌ها، اهالی جزیره در سال ۱۹۰۱ آنا برگ را دوباره به ریاست بندر انتخاب کردند.",
        (
            "رئیس بندر کیه",
            "آنا برگ دوباره انتخاب شد؟",
            "انتخاب دوباره آنا برگ",
            "ra'is-e bandar kie",
            "anna berg dobare entekhab shod?",
        ),
    ),
)
SMUGGLERS_FA = Entry(
    "smugglers",
    "What happened to the smugglers?",
    _split(
        "two smugglers|were the smugglers arrested|smugglers arrested|the smugglers of 1899"
        "|where were the smugglers held|were smugglers caught|smugglers in the old fort|arrest of the smugglers"
        "|how many smugglers were arrested|smugglers at the harbour"
    ),
    "The notes say two smugglers were arrested at the harbour in 1899 and held in the old fort.",
    "Two smugglers were arrested at the harbour in 1899 and held in the old fort.",
    fa=Translation(
        "چه بر سر قاچاقچیان آمد؟",
        "طبق یادداشت‌ها، دو قاچاقچی در سال ۱۸۹۹ در بندر بازداشت شدند و در قلعهٔ قدیمی نگه داشته شدند.",
        ("قاچاقچیا بازداشت شدن؟", "بازداشت قاچاقچی ها", "ghachaghchi-ha bazdasht shodan?"),
    ),
)
BELL_FA = Entry(
    "chapel-bell",
    "How is the chapel bell rung?",
    _split(
        "chapel bell|how is the bell rung|is the chapel bell rung by hand|when does the chapel bell ring"
        "|who rings the chapel bell|bell at six|does the bell ring every evening|ringing the chapel bell"
        "|the evening bell|how do they ring the bell"
    ),
    "The notes say the chapel bell is rung by hand every evening at six.",
    "The chapel bell is rung by hand every evening at six.",
    fa=Translation(
        "ناقوس کلیسا چگونه نواخته می‌شود؟",
        "طبق یادداشت‌ها، ناقوس کلیسا هر شب ساعت شش با دست نواخته می‌شود.",
        ("ناقوس کلیسا چطور زده میشه", "naghus-e kelisa chetor zade mishe", "ناقوس کلیسا"),
    ),
)


def persian_island_with_harbour(root: Path) -> Engine:
    """The Persian island FAQ with `HARBOUR_MASTER_FA`, `SMUGGLERS_FA` and `BELL_FA`, their
    quotes in its notes, in `root` (default settings)."""
    entries = [HARBOUR_MASTER_FA, SMUGGLERS_FA, BELL_FA]
    return persian_island_with(root, "".join(f"\n{e.quote}\n" for e in entries), entries)


# -- the fishing crews' petition: who signed it (12 crews) and what they ask --------------------
# (tests/engine/test_named_figure.py: "what are the 12 crews asking for"; test_but_clause.py)

_CREWS_FACTS = {
    "signers": "The petition was signed by 12 fishing crews from the north quay.",
    "ask": "The fishing crews ask the council to repair the breakwater before the winter storms.",
}
CREWS_SOURCE = Source(
    "notes", "Harbour notes", "notes", "Harbour notes.", tuple(_CREWS_FACTS.values()), {"notes": "the notes"}
)
_CREWS_QUESTIONS = {
    "signers": (
        "Who signed the petition?",
        "how many crews signed|who is behind the petition|petition signatories|how many signed the petition"
        "|which crews signed|north quay crews|who wrote the petition|12 crews?|signers|the petition's authors",
    ),
    "ask": (
        "What do the fishing crews ask the council to do?",
        "what do the crews want|what is the petition asking for|the crews' demand|breakwater repair"
        "|what should the council do|repair before winter|what do fishers want from the council"
        "|the council and the breakwater|what is asked of the council|the crews' request",
    ),
}
CREWS = _quoting(CREWS_SOURCE, _CREWS_FACTS, _CREWS_QUESTIONS)


# -- the harbour's boats: a figure in digits, Persian too (test_persian_stated_figure.py,
# test_figure_of_another.py) ---------------------------------------------------------------

HARBOUR_BOATS_FACT = "Twelve boats use the harbour every day."
HARBOUR_BOATS = Entry(
    "boats",
    "How many boats use the harbour?",
    _split(
        "boats in the harbour|how many boats|harbour traffic|number of boats|boats every day"
        "|how busy is the harbour|harbour boats count|daily boats|are there many boats|boat numbers"
    ),
    "The notes say 12 boats use the harbour every day.",
    HARBOUR_BOATS_FACT,
    fa=Translation(
        "چند قایق از بندر استفاده می‌کنند؟",
        "طبق یادداشت‌ها هر روز ۱۲ قایق از بندر استفاده می‌کنند.",
        ("چند تا قایق تو بندره؟", "تعداد قایق‌های بندر", "chand ta ghayegh?"),
    ),
)


# -- the lighthouse keeper Mira Holt, named in the notes (test_near_pair_q.py, test_near_pair_r.py)

KEEPER_QUESTION = (
    "Who looks after the lighthouse lamp?",
    "who is the keeper|lighthouse keeper|who is mira holt|keeper of the lamp|who runs the lighthouse"
    "|since when is she the keeper|mira holt's job|who keeps the lamp lit|the keeper|holt and the lighthouse",
)


def ranked_below(engine: Engine, question: str, best: str, second: str, language: str = "en") -> MatchResult:
    """`engine.match(question)` as a fallback sees it when something in the message tipped the
    ranking: below the thresholds, `best` first and `second` second (tests of the rules that
    decide which readings agree with the whole message, on a made-up FAQ too small to tip)."""
    return dataclasses.replace(
        engine.match(question, language),
        outcome=Outcome.NONE,
        entry_id=None,
        reason=Reason.BELOW_ANSWER,
        best=best,
        second=second,
    )


# A port's notes: a petition, the port authority's cooperation, the harbourmaster and the boats
# (tests/engine/test_pair_ad.py to test_pair_ah.py): a second FAQ, in words that are not the
# letter's, to check each of those pairs' rules on. Its phrasings name a harbour board and port
# committees that the notes never do, and a two-word name, as the letter's FAQ has.
PORT_FACTS = {
    "petition": "The fishers' petition asks the council to build a stone wall around the harbour.",
    "cooperation": (
        "The port authority has refused to cooperate with the fishers' union and foreign buyers over the past year."
    ),
    "harbourmaster": "Dana Syriani, the harbourmaster, told the local radio that the boats are safe.",
    "boats": "Forty boats still fish out of the harbour, and their fishers sell the catch at the market.",
}
PORT_QUESTIONS = {
    "petition": (
        "What does the fishers' petition ask for?",
        "what do the fishers want|the petition's demand|was it sent to the harbour board|what is the council asked"
        "|a wall for the harbour?|what do the fishers ask the council|petition demands|what should the council build"
        "|is it about the wall|the fishers' request",
    ),
    "cooperation": (
        "Has the port authority cooperated with the fishers' union?",
        "does the port authority work with the union|port authority cooperation|has the port refused to cooperate"
        "|is the port authority cooperating|union and port authority|did the port help the fishers"
        "|does it work with port committees|has the port worked with the fishers|port refuses|cooperation with the union",
    ),
    "harbourmaster": (
        "Who is Dana Syriani?",
        "who is the harbourmaster|who spoke to the radio|dana syriani|who is syriani|what did the harbourmaster say"
        "|who is quoted|the harbourmaster's job|who runs the harbour|harbourmaster interview|what did she tell the radio",
    ),
    "boats": (
        "How many boats fish out of the harbour?",
        "number of boats|how many boats|boats in the harbour|fleet size|is the fleet big|forty boats"
        "|does the harbour board own the boats|fishing boats count|boats still fishing|how many trawlers",
    ),
}


def quoting_faq(
    root: Path,
    source: Source,
    facts: Mapping[str, str],
    questions: Mapping[str, tuple[str, str]],
    settings: MatchSettings,
    lead: str = "The notes say",
) -> Engine:
    """A made-up FAQ of `source`'s `facts` ({id: fact}), each entry quoting its fact (`_quoting`)
    and answering "<lead> <the fact>"."""
    entries = _quoting(source, facts, questions, lambda _, fact: f"{lead} {fact[0].lower()}{fact[1:]}")
    return load_faq(root, source, entries, settings)


# Town news of a mayor's re-election and the sea wall it puts pressure on, and a ferry
# (tests/engine/test_pair_aq.py, test_pair_as.py): a hyphenated subject, an owner before "first term"
WALL_FACTS = {
    "wall": "The mayor's re-election puts the council under pressure to finish the sea wall before winter.",
    "ferry": "The ferry leaves at noon.",
}
WALL_SOURCE = Source("news", "Town news", "news", "Town news.", tuple(WALL_FACTS.values()), {"notes": "the news"})
WALL_QUESTIONS = {
    "wall": (
        "What does the mayor's re-election mean for the sea wall?",
        "mayor re-elected|sea wall pressure|finish the wall|wall before winter|council pressure|mayor and the wall"
        "|what now for the wall|re-election and the wall|sea wall deadline|pressure on the council",
    ),
    "ferry": (
        "When does the ferry leave?",
        "ferry time|noon ferry|boat time|when is the boat|ferry schedule|departure|ferry leaves|mainland boat"
        "|what time ferry|ferry hours",
    ),
}


def town_wall(root: Path, settings: MatchSettings) -> Engine:
    """`WALL_FACTS` loaded as a FAQ, answered "The news says ..."."""
    return quoting_faq(root, WALL_SOURCE, WALL_FACTS, WALL_QUESTIONS, settings, lead="The news says")


def port_notes(root: Path, *entry_ids: str) -> Engine:
    """The port's notes (`PORT_FACTS`), all of them or only `entry_ids`, loaded as a FAQ."""
    facts = {k: v for k, v in PORT_FACTS.items() if not entry_ids or k in entry_ids}
    source = Source("notes", "Harbour notes", "notes", "Harbour notes.", tuple(facts.values()), {"notes": "the notes"})
    questions = {k: PORT_QUESTIONS[k] for k in facts}
    return load_faq(root, source, _quoting(source, facts, questions), MatchSettings())


def island_rephrased(root: Path, entry_id: str, old: str, new: str, settings: MatchSettings) -> Engine:
    """The island FAQ, copied under `root`, with one phrasing of `entry_id` replaced (`old` by
    `new`, as the YAML writes them): a phrasing that asks what its notes never say."""
    knowledge, seeds = copy_island(root)
    path = knowledge / f"{entry_id}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return load_engine(knowledge, seeds, settings)


def harbour_log(root: Path, settings: MatchSettings) -> Engine:
    """The harbour log (`HARBOUR_WITH_OVERVIEW`): a made-up FAQ with an overview entry, whose
    words of the whole are "harbour" and "log"."""
    return load_faq(root, HARBOUR_OVERVIEW_SOURCE, HARBOUR_WITH_OVERVIEW, settings)


# -- notes in English and Persian, for a scope check alone ---------------------------------------

# Each entry: ([its own question, what its sources say in English, and in Persian], its
# phrasings). 35 boats sank; fishers and sailors were detained (tests/engine/test_pair_ax.py and
# after).
BOATS_AND_FISHERS: dict[str, tuple[list[str], list[str]]] = {
    "boats": (
        [
            "How many boats sank?",
            "The notes say 35 boats sank in the storm.",
            "یادداشت‌ها می‌گویند ۳۵ قایق در طوفان غرق شد.",
        ],
        ["boats sunk", "storm boats", "how many boats"],
    ),
    "fishers": (
        [
            "Who was detained?",
            "The notes say fishers and sailors were detained.",
            "یادداشت‌ها می‌گویند ماهیگیران و ملوانان بازداشت شدند.",
        ],
        ["detained fishers", "who was arrested", "sailors in jail"],
    ),
}


def notes_scope(faq: Mapping[str, tuple[list[str], list[str]]]) -> ScopeIndex:
    """The scope index of `faq` (as `BOATS_AND_FISHERS` writes one), each entry's own question
    its topic: the scope check without a matcher or source files."""
    return ScopeIndex([(e, t, p) for e, (t, p) in faq.items()], topics={e: [t[0]] for e, (t, _) in faq.items()})
