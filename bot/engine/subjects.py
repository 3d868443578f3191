"""Words that change the subject of a question.

"How many people were executed in Saudi Arabia?" shares almost every word with an entry about
Iran's executions, yet the letter cannot answer it. Place names and years that the FAQ itself
never uses are the clearest signal of such a question, so the matcher never answers a question
that contains one (it may still offer "did you mean"). Words the FAQ does use (Iran, 2017) are
removed from this list when the index is built, so the list needs no editing per campaign.
"""

from __future__ import annotations

import functools
import re

# Countries and territories as single distinctive words (multi-word names by their rarest word),
# plus demonyms and a few common short forms. Lowercase, as text.clean produces.
PLACES = frozenset(
    """
    afghanistan afghan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
    bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile
    china colombia comoros congo croatia cuba cyprus czech czechia denmark djibouti dominica
    ecuador egypt salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia
    georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
    india indonesia iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo
    kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
    monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
    holland zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine gaza
    panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa marino
    saudi arabia senegal serbia seychelles sierra singapore slovakia slovenia somalia korea
    spain lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo
    tonga trinidad tunisia turkey turkiye turkmenistan tuvalu uganda ukraine emirates uae uk
    britain england scotland wales usa america uruguay uzbekistan vanuatu vatican venezuela
    vietnam yemen zambia zimbabwe tibet xinjiang crimea chechnya kurdistan
    afghans algerian american americans argentinian australian austrian bahraini bangladeshi
    belarusian belgian bolivian brazilian british bulgarian burmese cambodian canadian chilean
    chinese colombian cuban cypriot danish dutch ecuadorian egyptian emirati eritrean ethiopian
    filipino finnish french german ghanaian greek guatemalan haitian hungarian indian indonesian
    iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean kuwaiti lebanese
    libyan malaysian mexican moroccan nepalese nigerian norwegian omani pakistani palestinian
    peruvian polish portuguese qatari romanian russian rwandan saudis senegalese serbian
    singaporean somali spanish sudanese swedish swiss syrian taiwanese thai tunisian turkish
    ugandan ukrainian uzbek venezuelan vietnamese yemeni zimbabwean
    europe european africa african asia asian
    """.split()
)

# The same for questions in Persian: countries, regions and demonyms in Persian script, and in
# Latin letters as Finglish writes them (their stems: see `persian_places`). General, like the
# list above. "آذربایجان" (Azerbaijan) is left out: it is also the name of Iranian provinces.
PLACES_FA = """
    عربستان سعودی چین ترکیه افغانستان عراق آمریکا امریکا روسیه انگلیس انگلستان بریتانیا فرانسه
    آلمان اسرائیل پاکستان هند هندوستان مصر سوریه لبنان کره ژاپن کانادا استرالیا ایتالیا اسپانیا
    سوئد نروژ هلند بلژیک سوئیس اتریش یونان اوکراین بلاروس قطر امارات کویت بحرین عمان یمن اردن
    تاجیکستان ازبکستان ترکمنستان ارمنستان گرجستان قزاقستان قرقیزستان بنگلادش اندونزی مالزی
    برزیل مکزیک آرژانتین ونزوئلا کوبا اتیوپی نیجریه سودان لیبی الجزایر مراکش تونس میانمار
    اروپا آفریقا آسیا فلسطین غزه چینی عراقی افغان افغانی آمریکایی امریکایی روس روسی فرانسوی
    آلمانی اسرائیلی پاکستانی هندی مصری سوری لبنانی
    arabestan saudi torkiye torkie afghanestan aragh amrika emrika rusiye engelis engelestan
    faranse alman esraeil pakestan hendustan mesr suriye lobnan koreh zhapon kanada
    eragh eraq araq irak turkiye torkiyeh afghanistan pakistan
""".split()
# Cities in Persian script, to their English names (which the sources would write): the capitals
# most asked about and Iran's largest cities. General, like the lists above: a city after «در»,
# «تو», «از» is a place the entry's sources must name (scope/_persian_gaps.py: `PersianGaps._place_fa`). The English
# names, and Finglish spellings of Iran's cities, are the Latin forms (`CITIES_LATN`).
CITIES_FA: dict[str, str] = dict(
    pair.split("=")
    for pair in """
    تهران=tehran مشهد=mashhad اصفهان=isfahan شیراز=shiraz تبریز=tabriz کرج=karaj اهواز=ahvaz قم=qom
    کرمانشاه=kermanshah رشت=rasht زاهدان=zahedan کرمان=kerman همدان=hamedan یزد=yazd اردبیل=ardabil
    ارومیه=urmia سنندج=sanandaj زنجان=zanjan قزوین=qazvin گرگان=gorgan ساری=sari
    مهاباد=mahabad سقز=saqqez بوشهر=bushehr کابل=kabul بغداد=baghdad دمشق=damascus بیروت=beirut
    آنکارا=ankara استانبول=istanbul ریاض=riyadh دوحه=doha دبی=dubai مسکو=moscow پکن=beijing
    لندن=london پاریس=paris برلین=berlin واشنگتن=washington ژنو=geneva نیویورک=york وین=vienna
    تورنتو=toronto
    """.split()
)
CITIES_LATN = frozenset(CITIES_FA.values()) | frozenset(
    "esfahan shiraz tabriz ahwaz ahvaz ghom kermanshah zahedan hamadan orumiyeh urumieh sanandaj "
    "ghazvin gazvin mashad mashhad karaj rasht saghez".split()
)
# Persian-calendar years (1300-1499 SH, i.e. 1921-2121), which Persian questions use as often as
# Gregorian ones: "اعدام‌ها در سال ۱۴۰۲". Only in a Persian question (see `subject_words`).
_PERSIAN_YEAR = re.compile(r"^1[34]\d\d$")
# Ethnic, religious and national groups that are not in subjects.PLACES, lower case as
# `text.clean` leaves them ("baha'is" -> "bahais"). General, not this campaign's: any FAQ on human
# rights may be asked about them. "persian" and "arabic" are left out: they are also languages
# ("answer in persian").
GROUPS = frozenset(
    """
    kurd kurds kurdish baluch baluchi baluchis baloch balochi balochis ahwazi ahwazis arab arabs
    azeri azeris azerbaijani azerbaijanis turkmen turkmens lur lurs gilak gilaks mazani
    armenian armenians assyrian assyrians chaldean chaldeans jew jews jewish judaism
    christian christians christianity catholic catholics protestant protestants evangelical
    evangelicals muslim muslims sunni sunnis shia shias shiite shiites ismaili ismailis
    bahai bahais bahaism zoroastrian zoroastrians zoroastrianism yarsan yarsani yarsanis
    dervish dervishes sufi sufis gonabadi gonabadis mandaean mandaeans sabian sabians hindu hindus
    sikh sikhs buddhist buddhists uyghur uyghurs uighur uighurs rohingya tamil tamils roma romani
    yazidi yazidis ezidi ezidis druze copt copts coptic alawite alawites hazara hazaras pashtun
    pashtuns tajik tajiks tibetan tibetans ahmadi ahmadis ahmadiyya berber berbers amazigh
    lgbt lgbtq lgbti lgbtqi lgbtqia
    """.split()
)

# The same groups as Persian writes them (singular, as `text.clean` leaves the letters), each
# with its English name in GROUPS, and Finglish spellings: "is the letter about the Baha'is?"
# asked in Persian. Words that are also everyday words are left out or kept plural only where
# the plural is unambiguous: «کرد» (did), «ترک» (left), «سنی» (age), «لر».
GROUPS_FA: dict[str, tuple[str, tuple[str, ...]]] = {
    "بهایی": ("bahai", ("bahai", "bahaii", "bahayi", "bahaee")),
    "بهائی": ("bahai", ()),
    "یهودی": ("jew", ("yahudi", "yahoodi")),
    "کلیمی": ("jew", ("kalimi",)),
    "مسیحی": ("christian", ("masihi",)),
    "ارمنی": ("armenian", ("armani", "armeni")),
    "آشوری": ("assyrian", ("ashuri", "ashoori")),
    "زرتشتی": ("zoroastrian", ("zartoshti", "zartosht")),
    "درویش": ("dervish", ("darvish",)),
    "دراویش": ("dervish", ("daravish",)),
    "گنابادی": ("gonabadi", ("gonabadi",)),
    "صوفی": ("sufi", ("sufi", "soofi")),
    "یارسان": ("yarsan", ("yarsan",)),
    "بلوچ": ("baluch", ("baluch", "baloch", "balooch")),
    "عرب": ("arab", ("arab",)),
    "آذری": ("azeri", ("azari",)),
    "ترکمن": ("turkmen", ("torkaman", "turkaman")),
    "کردها": ("kurd", ("kordha", "kurdha")),
    "سنی‌ها": ("sunni", ("sonniha", "sunniha")),
    "اهل‌سنت": ("sunni", ("ahlesonnat",)),
    "افغان": ("afghan", ("afghani",)),
    "افغانستانی": ("afghan", ("afghanestani",)),
}


_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_ARITHMETIC = frozenset("plus minus times divided multiplied x add subtract percent".split())
# Words after a number that make it a count or an amount: "1900 people", "2000 dollars".
_UNITS = frozenset(
    """
    نفر تا مورد دلار تومان ریال یورو
    dollars dollar usd euros euro eur pounds gbp yen rupees rials rial tomans toman
    people persons men women children prisoners executions cases votes signatures
    calories miles km kilometers kilometres meters metres feet inches grams kg kilograms
    lbs ounces liters litres gallons minutes hours seconds days weeks months points steps
    """.split()
)


# Months, to the full name a question's word means. "may" and "march" are also common English
# words, so they count as months only next to a time word or a number ("in may", "may 2017").
# Persian: the Gregorian months as written in Persian, and the Persian calendar's months except
# those that are everyday words too (تیر "arrow", مهر "seal", دی "yesterday" in speech).
MONTHS: dict[str, str] = {
    **{m: m for m in "january february march april may june july august september october november december".split()},
    **dict(
        zip(
            "jan feb apr jun jul aug sep sept oct nov dec".split(),
            "january february april june july august september september october november december".split(),
            strict=True,
        )
    ),
    **{m: m for m in "ژانویه فوریه مارس آوریل ژوئن ژوئیه ژوئیهٔ سپتامبر اکتبر نوامبر دسامبر".split()},
    **{m: m for m in "فروردین اردیبهشت خرداد مرداد شهریور آبان آذر بهمن اسفند".split()},
    # (and three that are everyday words too: «مهر» kindness or a seal, «تیر» a bullet, «دی» a
    # word of speech: months only after «ماه» or beside a number, as "may" and "march" are)
    **{m: m for m in "تیر مهر دی".split()},
}
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "تیر", "مهر", "دی"})
# English names of the calendar, which the English word list (no proper nouns) lacks: a question
# of them is English, never Finglish (persian.language).
CALENDAR_EN = frozenset(m for m in MONTHS if m.isascii()) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
_TIME_WORDS = frozenset("in of since during until till last this next early late mid from by on ماه".split())


def month_of(tokens: list[str], i: int) -> str | None:
    """The month the word at `i` names (its full name), or None."""
    month = MONTHS.get(tokens[i])
    if month is None or tokens[i] not in _AMBIGUOUS_MONTHS:
        return month
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if before in _TIME_WORDS or before[:1].isdigit() or after[:1].isdigit():
        return month
    return None


def is_year(word: str) -> bool:
    """A four-digit number from 1800 to 2099 (out of context: see `subject_words`)."""
    return bool(_YEAR.match(word))


def is_quantity(tokens: list[str], i: int) -> bool:
    """Whether the year-like number at `i` is a quantity: next to arithmetic or another number
    ("1875 plus 3459"), followed by a unit ("2000 dollars"), or the end of a range that starts
    below the years ("from 1000 to 2000")."""
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if before in _ARITHMETIC or after in _ARITHMETIC or after in _UNITS:
        return True
    if _NUMBER.match(before) or _NUMBER.match(after):
        return True
    start = tokens[i - 2] if i > 1 else ""
    return before in ("to", "and", "or") and bool(_NUMBER.match(start)) and not _YEAR.match(start)


@functools.cache
def persian_places() -> frozenset[str]:
    """PLACES_FA as the matcher's words read them (Persian letters unified, Finglish folded)."""
    from . import persian
    from .text import clean

    out = {persian.fold(word) for word in PLACES}  # "afghanistan" in Finglish is folded too
    for raw in PLACES_FA:
        for word in clean(raw).split():
            out.add(word)
            out.add(persian.stem(word) if persian.has_script(word) else persian.fold(word))
    return frozenset(out)


def subject_words(tokens: list[str], known: set[str] | frozenset[str]) -> tuple[str, ...]:
    """Places and years in `tokens` (the output of text.words) that the FAQ never uses (`known`):
    words that move a question to something else. A four-digit number from 1800 to 2099 is a
    year unless the words beside it make it a quantity (see `is_quantity`); in a question with
    Persian words, so is one from 1300 to 1499 (the Persian calendar)."""
    found = []
    persian_question = any(not w.isascii() for w in tokens)
    places_fa = persian_places()
    for i, word in enumerate(tokens):
        if word in known:
            continue
        year = _YEAR.match(word) or (persian_question and _PERSIAN_YEAR.match(word))
        if word in PLACES or word in places_fa or (year and not is_quantity(tokens, i)):
            found.append(word)
    return tuple(found)
