"""Every user-facing sentence the bot says in more than one language, in one catalogue.

A reply is in the language of the question (see `reply_language`): Persian questions, in Persian
script or in Latin letters ("Finglish"), get Persian replies. Finglish gets Persian *script*:
people type Finglish because the keyboard at hand (a work computer, a phone without a Persian
layout) has no Persian letters, not because they cannot read them, and the campaign's Persian
text is written in Persian script; an English reply would answer a Persian speaker in a language
they did not choose.

The answer itself is in Persian only where the entry has a Persian translation; it is then always
labelled as a translation (`translation_label`), with its review state. Where there is none, the
campaign's English answer is shown with a one-line Persian note (`no_translation`). Quotes are
never translated in place: a quote is shown verbatim, in its own language, and an optional
translation under it is labelled (`quote_translation`).

`{placeholders}` are filled by `t(key, lang, **fields)`; a missing language falls back to English.
"""

from __future__ import annotations

import re

EN = "en"
FA = "fa"
LANGUAGES = (EN, FA)

MESSAGES: dict[str, dict[str, str]] = {
    # answers
    "translation_label": {
        EN: "Translation of the campaign's answer",
        FA: "ترجمهٔ پاسخ کمپین",
    },
    "not_reviewed": {
        EN: "Not yet reviewed by a Persian-speaking moderator.",
        FA: "هنوز توسط یک ناظر فارسی‌زبان بازبینی نشده است.",
    },
    "reviewed": {
        EN: "Reviewed by a Persian-speaking moderator.",
        FA: "بازبینی‌شده توسط یک ناظر فارسی‌زبان.",
    },
    # a translation into a language this catalogue has no sentences for
    "not_reviewed_other": {EN: "Not yet reviewed by a moderator fluent in the language."},
    "reviewed_other": {EN: "Reviewed by a moderator fluent in the language."},
    "no_translation": {
        EN: "This answer has no Persian translation yet; here is the campaign's answer in English.",
        FA: "این پاسخ هنوز ترجمهٔ فارسی ندارد؛ پاسخ کمپین به انگلیسی:",
    },
    "quote_translation": {
        EN: "Translation of the quote",
        FA: "ترجمهٔ نقل‌قول",
    },
    "in_source": {EN: "in: {title}, paragraph {n}", FA: "در: {title}، بند {n}"},
    "paragraph": {EN: "paragraph {n}", FA: "بند {n}"},
    # partial answers (scope/)
    "caveat_figure": {EN: "The sources give no figure for {terms}.", FA: "منابع رقمی برای {terms} نمی‌دهند."},
    "caveat_differs": {
        EN: "The sources give a different figure than {terms}.",
        FA: "منابع رقمی متفاوت با {terms} می‌دهند.",
    },
    "caveat_mention": {EN: "The sources do not mention {terms}.", FA: "منابع به {terms} اشاره‌ای نمی‌کنند."},
    # (Persian: the verb first, as before an indirect question: «منابع نمی‌گویند «چه سابقه‌ای داره»»; the
    # terms are mostly question clauses, which «... را نمی‌گویند» cannot take)
    "caveat_unsaid": {EN: "The sources do not say {terms}.", FA: "منابع نمی‌گویند {terms}."},
    "caveat_whether": {EN: "The sources do not say whether {terms}.", FA: "منابع نمی‌گویند که آیا {terms}."},
    "caveat_speaker": {
        EN: "The sources do not say {terms} said this.",
        FA: "منابع نمی‌گویند {terms} این را گفته است.",
    },
    "caveat_name": {EN: "The sources do not name {terms}.", FA: "منابع نامی از {terms} نمی‌برند."},
    "caveat_other": {
        EN: "Of your questions, the sources here do not answer {terms}.",
        FA: "منابع در اینجا به این پرسش شما پاسخ نمی‌دهند: {terms}.",
    },
    "caveat_later": {
        EN: "The sources end before the time you ask about ({terms}).",
        # (not «به زمانی که می‌پرسید نمی‌رسند», a word-for-word "do not reach", which also reads
        # "the time at which you are asking": the time asked *about* is «زمانی که درباره‌اش می‌پرسید»)
        FA: "منابع پیش از زمانی که درباره‌اش می‌پرسید ({terms}) به پایان می‌رسند.",
    },
    "caveat_earlier": {
        EN: "The sources do not go back to the time you ask about ({terms}).",
        FA: "منابع به گذشته‌ای که درباره‌اش می‌پرسید ({terms}) نمی‌پردازند.",
    },
    "caveat_tail": {EN: "What they do say:", FA: "آنچه منابع می‌گویند:"},
    "caveat_description": {
        EN: "The sources give no description of {terms} beyond what follows.",
        FA: "منابع توضیحی دربارهٔ {terms} بیش از آنچه در ادامه می‌آید نمی‌دهند.",
    },
    "and": {EN: "and", FA: "و"},
    "or": {EN: "or", FA: "یا"},
    # did you mean / no match
    "did_you_mean": {
        EN: "I'm not sure what you mean. Did you mean:",
        FA: "مطمئن نیستم منظورتان کدام پرسش است. منظورتان یکی از این‌هاست؟",
    },
    "did_you_mean_discord": {
        EN: "I'm not sure which question you mean. Did you mean one of these? (Only the person who asked can choose.)",
        FA: "مطمئن نیستم منظورتان کدام پرسش است. منظورتان یکی از این‌هاست؟ (فقط کسی که پرسیده می‌تواند انتخاب کند.)",
    },
    "refusal": {
        EN: "I don't have a sourced answer to that. I can only answer the {n} questions in this FAQ: "
        "{browse} shows them all. Try asking in other words, too.",
        FA: "برای این پرسش پاسخی مستند به منابع ندارم. فقط به {n} پرسش این فهرست پرسش‌های متداول پاسخ "
        "می‌دهم: {browse} همهٔ آن‌ها را نشان می‌دهد. می‌توانید با کلمات دیگری هم بپرسید.",
    },
    "no_match_discord": {
        EN: "Sorry, I don't have a sourced answer to that. I can only answer the {n} questions in this "
        "server's FAQ: {hint}. Try asking in other words, too.",
        FA: "متأسفم، برای این پرسش پاسخی مستند به منابع ندارم. فقط به {n} پرسش فهرست پرسش‌های متداول "
        "این سرور پاسخ می‌دهم: {hint}. می‌توانید با کلمات دیگری هم بپرسید.",
    },
    # conversation (conversation.py)
    "greeting": {EN: "Hello!", FA: "سلام!"},
    "thanks": {EN: "You're welcome!", FA: "خواهش می‌کنم!"},
    "no_previous": {
        EN: "There is no earlier answer here to refer to.",
        FA: "اینجا پاسخ قبلی‌ای نیست که به آن اشاره کنم.",
    },
    "about": {
        EN: "I answer questions about the campaign's sources ({where}), always with verbatim quotes: "
        "who said it, in which document and paragraph.",
        FA: "به پرسش‌ها دربارهٔ منابع کمپین ({where}) پاسخ می‌دهم، همیشه با نقل‌قول عین متن: "
        "چه کسی گفته، در کدام سند و کدام بند.",
    },
    "sources_count": {EN: "{n} source documents", FA: "{n} سند"},
    "for_example": {EN: "For example:", FA: "برای نمونه:"},
    # the console chat (faqbot chat)
    "chat_related": {EN: "Related (type a number):", FA: "پرسش‌های مرتبط (شماره‌اش را بنویسید):"},
    "chat_no_such_pick": {
        EN: "There is no {pick} to pick: the numbers shown above go up to {last}. Or ask a question.",
        FA: "گزینهٔ {pick} وجود ندارد: شماره‌های بالا تا {last} است. یا پرسشی بپرسید.",
    },
    "chat_nothing_to_pick": {
        EN: "There is nothing to pick by number now: a number picks a suggestion or a related question.",
        FA: "اکنون گزینه‌ای برای انتخاب با شماره نیست: شماره یکی از پیشنهادها یا پرسش‌های مرتبط را انتخاب می‌کند.",
    },
    "chat_unknown_command": {
        EN: "Unknown command {command}: `:list` shows the FAQ, `:quit` leaves.",
        FA: "فرمان ناشناخته {command}: `:list` پرسش‌های متداول را نشان می‌دهد و `:quit` خارج می‌شود.",
    },
    "browse": {
        EN: "{browse} shows every question I can answer.",
        FA: "{browse} همهٔ پرسش‌هایی را که می‌توانم پاسخ دهم نشان می‌دهد.",
    },
    "browse_ask": {
        EN: "`/ask` suggests the questions I can answer as you type.",
        FA: "`/ask` هنگام نوشتن، پرسش‌هایی را که می‌توانم پاسخ دهم پیشنهاد می‌کند.",
    },
    "sources_of_last": {EN: "The source{s} of my last answer", FA: "منابع آخرین پاسخ من"},
    # Discord buttons
    "show_source": {EN: "Show source", FA: "نمایش منبع"},
    "helpful": {EN: "Helpful", FA: "مفید بود"},
    "not_helpful": {EN: "Not helpful", FA: "مفید نبود"},
    "delete": {EN: "Delete", FA: "حذف"},
    # "None of these" under a "did you mean"
    "none_of_these": {EN: "None of these", FA: "هیچ‌کدام"},
    "none_of_these_kept": {
        EN: "Thanks: none of these fit, so your question goes to the FAQ's moderators for review. "
        "`/faq list` shows every question I can answer.",
        FA: "سپاس: هیچ‌کدام مناسب نبود، پس پرسش شما برای بررسی به ناظران پرسش‌های متداول می‌رود. "
        "`/faq list` همهٔ پرسش‌هایی را که می‌توانم پاسخ دهم نشان می‌دهد.",
    },
    "none_of_these_not_kept": {
        EN: "Thanks: none of these fit. The FAQ has no answer to this yet; your question was not saved. "
        "`/faq list` shows every question I can answer.",
        FA: "سپاس: هیچ‌کدام مناسب نبود. پرسش‌های متداول هنوز پاسخی برای این ندارد؛ پرسش شما ذخیره نشد. "
        "`/faq list` همهٔ پرسش‌هایی را که می‌توانم پاسخ دهم نشان می‌دهد.",
    },
    # Answer with FAQ (the message context menu): said to the invoker, in the message's language
    "aw_preview": {
        EN: "Only you can see this preview. Post it as a reply to the message?",
        FA: "فقط شما این پیش‌نمایش را می‌بینید. آن را در پاسخ به پیام بفرستم؟",
    },
    "aw_post": {EN: "Post this answer as a reply", FA: "فرستادن این پاسخ در جواب پیام"},
    "aw_did_you_mean": {
        EN: "I'm not sure which question this message asks. Which entry answers it? (Only you can see this.)",
        FA: "مطمئن نیستم این پیام کدام پرسش را می‌پرسد. کدام مورد به آن پاسخ می‌دهد؟ (فقط شما این را می‌بینید.)",
    },
    "aw_no_match": {
        EN: "No FAQ entry answers this message. `/faq list` shows every question I can answer.",
        FA: "هیچ موردی از پرسش‌های متداول به این پیام پاسخ نمی‌دهد. `/faq list` همهٔ پرسش‌ها را نشان می‌دهد.",
    },
    "aw_safe": {
        EN: "This message seems to be about a person in danger, so the bot will not answer it with the FAQ. "
        "What the bot tells such a person privately:",
        FA: "به نظر می‌رسد این پیام دربارهٔ کسی در خطر است، پس ربات با پرسش‌های متداول به آن پاسخ نمی‌دهد. "
        "آنچه ربات به‌صورت خصوصی به چنین کسی می‌گوید:",
    },
    # corrections that follow the answer: the first line of a posted answer whose entry changed
    "answer_updated": {
        EN: "Updated on {date}; see the current answer",
        FA: "به‌روزرسانی‌شده در {date}؛ پاسخ کنونی را ببینید",
    },
    "answer_withdrawn": {
        EN: "Updated on {date}: this answer has been removed from the FAQ",
        FA: "به‌روزرسانی‌شده در {date}: این پاسخ از پرسش‌های متداول حذف شده است",
    },
    "aw_posted": {EN: "Posted as a reply to the message.", FA: "در پاسخ به پیام فرستاده شد."},
    # the safe route (saferoute.py): a question disclosing a person in danger. The Persian text
    # should be read by a native speaker working with the campaign before it is relied on.
    "safe_route_message": {
        EN: "I can't help with individual cases, so I won't guess an answer to this from the FAQ. "
        "If you or someone close to you is in danger, please contact an organisation that can help directly.",
        FA: "من نمی‌توانم در پرونده‌های فردی کمک کنم و برای این پیام پاسخی از پرسش‌های متداول حدس "
        "نمی‌زنم. اگر شما یا یکی از نزدیکانتان در خطر هستید، لطفاً مستقیماً با سازمانی تماس بگیرید که "
        "می‌تواند کمک کند.",
    },
    "safe_route_privacy": {
        EN: "For your safety and theirs, don't share names, places or other personal details in public "
        "channels. This bot has not saved your message.",
        FA: "برای امنیت خودتان و دیگران، نام، مکان یا جزئیات شخصی دیگر را در کانال‌های عمومی ننویسید. "
        "این ربات پیام شما را ذخیره نکرده است.",
    },
    "safe_route_contacts": {EN: "Where to find help:", FA: "از کجا کمک بگیرید:"},
    "safe_route_public": {
        EN: "I can't help with individual cases here. Please don't share names or other personal details in "
        "public channels; you may want to delete your message.",
        FA: "من اینجا نمی‌توانم در پرونده‌های فردی کمک کنم. لطفاً نام یا جزئیات شخصی را در "
        "کانال‌های عمومی ننویسید؛ شاید بخواهید پیامتان را پاک کنید.",
    },
    "safe_route_sent": {
        EN: "I have sent you a private message with where to find help.",
        FA: "یک پیام خصوصی برایتان فرستادم که می‌گوید از کجا کمک بگیرید.",
    },
    "safe_route_not_sent": {
        EN: "Use `/ask` to see, privately, where to find help.",
        FA: "با `/ask` می‌توانید به‌صورت خصوصی ببینید از کجا کمک بگیرید.",
    },
    # verify a quote (engine/verify.py, `faqbot verify-quote`, `/verify`). The Persian sentences
    # were written without a fluent moderator; one should review them before they are relied on.
    # Quotes, source passages, titles, speakers and entry ids filled into them are never
    # translated: they are shown verbatim, isolated (`embed`) so their direction stays their own.
    "verify_verbatim": {
        EN: "verbatim: {title}, paragraph {paragraph}",
        FA: "عین متن: {title}، بند {paragraph}",
    },
    "verify_said_by": {EN: "said by {speaker}", FA: "گوینده: {speaker}"},
    "verify_document_only": {
        EN: "said in the document itself (who speaks in this paragraph is not recorded)",
        FA: "در خود سند آمده است (ثبت نشده که در این بند چه کسی سخن می‌گوید)",
    },
    "verify_quoted_in": {EN: "quoted in the FAQ: {entries}", FA: "نقل‌شده در پرسش‌های متداول: {entries}"},
    "verify_also_in": {
        EN: "the same words are also in: {places}",
        FA: "همین کلمات در جاهای دیگر هم آمده است: {places}",
    },
    "verify_altered": {
        EN: "altered: the closest passage is in {title}, paragraph {paragraph}",
        FA: "تغییریافته: نزدیک‌ترین بخش در {title}، بند {paragraph} است",
    },
    "verify_not_found": {
        EN: "not in our sources: no passage of our {count} source document(s) is close to it",
        FA: "در منابع ما نیست: هیچ بخشی از {count} سند منبع ما به آن نزدیک نیست",
    },
    "verify_empty": {
        EN: "nothing to check: paste the quote's text",
        FA: "چیزی برای بررسی نیست: متن نقل‌قول را بچسبانید",
    },
    "verify_differences": {EN: "differences", FA: "تفاوت‌ها"},
    "verify_changed": {
        EN: "the source says \u201c{source}\u201d where the text says \u201c{quote}\u201d",
        FA: "منبع می‌گوید \u00ab{source}\u00bb، اما متن \u00ab{quote}\u00bb آورده است",
    },
    "verify_added": {
        EN: "the text adds \u201c{quote}\u201d, which the source does not have",
        FA: "متن \u00ab{quote}\u00bb را افزوده است که در منبع نیست",
    },
    "verify_removed": {
        EN: "the text leaves out \u201c{source}\u201d",
        FA: "متن \u00ab{source}\u00bb را از منبع جا انداخته است",
    },
    "verify_marked": {EN: "marked ([-source-] {+text+})", FA: "علامت‌گذاری‌شده ([-منبع-] {+متن+})"},
    "verify_passage": {EN: "what the source says", FA: "آنچه منبع می‌گوید"},
    "verify_paragraph_place": {EN: "{title}, paragraph {paragraph}", FA: "{title}، بند {paragraph}"},
    # /verify in Discord
    "verify_title_verbatim": {
        EN: "Verbatim: this is in our sources",
        FA: "عین متن: این کلمات در منابع ما آمده است",
    },
    "verify_title_altered": {
        EN: "Altered: our source says it differently",
        FA: "تغییریافته: منبع ما آن را طور دیگری می‌گوید",
    },
    "verify_title_not_found": {EN: "Not in our sources", FA: "در منابع ما نیست"},
    "verify_not_found_detail": {
        EN: "None of our {count} source document(s) has these words, nor a passage close to them. "
        "That does not make them false: only that this bot cannot confirm them. "
        "`/sources` lists the documents.",
        FA: "هیچ‌یک از {count} سند منبع ما این کلمات یا بخشی نزدیک به آن‌ها را ندارد. "
        "این به آن معنا نیست که نادرست‌اند؛ فقط این ربات نمی‌تواند آن‌ها را تأیید کند. "
        "`/sources` فهرست اسناد را نشان می‌دهد.",
    },
    "verify_where": {EN: "{title}, paragraph {paragraph}", FA: "{title}، بند {paragraph}"},
    "verify_original": {EN: "Original document: {url}", FA: "سند اصلی: {url}"},
    "verify_footer": {
        EN: "Compared word for word; only quote marks and spacing may differ.",
        FA: "کلمه به کلمه مقایسه شد؛ فقط علامت‌های نقل‌قول و فاصله‌ها ممکن است فرق داشته باشند.",
    },
}


def t(key: str, lang: str = EN, **fields: object) -> str:
    """The message `key` in `lang` (English if there is no such translation), fields filled in."""
    texts = MESSAGES[key]
    text = texts.get(base(lang)) or texts[EN]
    if not fields:
        return text
    if base(lang) == FA and FA in texts:
        # a number the bot writes into Persian text is in Persian digits, as the Persian answers
        # write theirs («۴۴۰»); text given to it (a title, a quote) stays as it is written
        fields = {
            k: persian_digits(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in fields.items()
        }
    return text.format(**fields)


_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def persian_digits(number: int) -> str:
    """`number` in Persian digits ("17": «۱۷»), for a number the bot composes into Persian text."""
    return str(number).translate(_PERSIAN_DIGITS)


def review_note(reviewed: bool, translation_language: str, lang: str = EN) -> str:
    """Whether a fluent moderator checked a translation into `translation_language`, said in `lang`."""
    key = "reviewed" if reviewed else "not_reviewed"
    return t(key if base(translation_language) == FA else f"{key}_other", lang)


def base(lang: str) -> str:
    """ "fa" for "fa-Latn": the language a reply is written in."""
    return lang.split("-")[0].lower() if isinstance(lang, str) and lang else EN


def reply_language(question_language: str) -> str:
    """The language a reply to a question in `question_language` is written in: Persian (script
    or Finglish) gets Persian, anything else English (see the module docstring)."""
    return FA if base(question_language) == FA else EN


def join_terms(terms: list[str], lang: str, word: str = "and") -> str:
    """“a”, “b” and “c” (`word`: "and" or "or"); in Persian «a»، «b» و «c»."""
    fa = base(lang) == FA
    quoted = [f"\u00ab{term}\u00bb" if fa else f"\u201c{term}\u201d" for term in terms]
    if len(quoted) == 1:
        return quoted[0]
    comma = "\u060c " if fa else ", "
    return comma.join(quoted[:-1]) + f" {t(word, lang)} " + quoted[-1]


# -- right to left ------------------------------------------------------------------------------

RLM = "\u200f"  # right-to-left mark: starts a line right to left whatever its first character
FSI, RLI, PDI = "\u2068", "\u2067", "\u2069"  # first-strong / right-to-left isolate, pop isolate
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def has_rtl(text: str) -> bool:
    return bool(text) and _RTL.search(text) is not None


def rtl_lines(text: str) -> str:
    """Each line of a right-to-left text opened with RLM, so a line that starts with a number, a
    Latin name or markup ("440 نفر", "**...**") is still laid out right to left."""
    return "\n".join(RLM + line if line and not line.startswith(RLM) else line for line in text.split("\n"))


def embed(text: str, lang: str) -> str:
    """`text` inside a sentence in `lang`: isolated (FSI … PDI) when its direction differs (an
    English title in a Persian sentence, a Persian question in an English one)."""
    rtl_lang = base(lang) == FA
    return f"{FSI}{text}{PDI}" if text and has_rtl(text) != rtl_lang else text


def isolate(text: str) -> str:
    """A right-to-left run isolated inside a left-to-right line (a Persian question quoted in an
    English sentence), so neither reorders the other; other text unchanged."""
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text
