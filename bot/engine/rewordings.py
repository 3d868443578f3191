"""The plain reading of an English question (Engine._by_plain): without its chat filler and source tail,
"many" for "lots of", and a few ordinary rewordings ("supposed to", "the point of"); its filler is Finglish's too."""

from __future__ import annotations

import re

from .lexicon import CHAT_ABBREVIATIONS
from .predicates import is_verb
from .scope._words import REFLEXIVES, WHATS
from .text import content_words

# Chat filler (hedges, intensifiers, "u guys", "tbh", "the X thing") and a tail that names where
# the answer should come from ("..., per the letter", "according to the NGOs"): words that ask
# for nothing, and dilute every signal of a short question. `plain` drops them for a second
# reading (Engine._by_plain); ordinary English, no word of any one FAQ. Not "actually", "really":
# they ask what really happened ("did it actually pass?"), which an entry that answers the plain
# question may not give. "exactly", "specifically" are dropped (for this reading only): "how many
# exactly?" still asks the figure the entry gives, which its quotes word as the sources do
# ("about", "at least"); the scope check reads them as frame words (scope.FRAME_WORDS).
# words after which "wise" is the adjective, not "as to <noun>" (see `_FILLER`)
_NOT_BEFORE_WISE = (
    "it its it's be is was are were been being am seem seems seemed very so too not more most less that this a an "
    "the really quite pretty look looks sound sounds feel feels how and or"
).split()

_FILLER = re.compile(
    r"\b(?=\w)(?:concretely|basically|honestly|seriously|literally|exactly|precisely|specifically|"
    # "what specific steps", "which particular group": the steps, the group
    r"(?:(?<=\bwhat\s)|(?<=\bwhich\s))(?:specific|particular|exact|precise)(?=\s+\w)|"
    # "what kinds of activists", "which sorts of abuses": the activists, the abuses
    r"(?:(?<=\bwhat\s)|(?<=\bwhich\s))(?:kinds?|sorts?|types?) of(?=\s+\w)|"
    # hedges on a verb that change nothing it asks: "they just can't get in", "work meaningfully
    # with", "sent to them directly" (not "just the NGOs": "only", which narrows what is asked)
    r"just(?=\s+(?:can'?t|cannot|won'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|never|not)\b)|"
    r"meaningfully|directly|"
    # "can they even get in", "does it even matter": emphasis on the verb (not "even if", "even
    # after the vote", "even numbers": a condition, a time, a kind of its own)
    r"even(?!\s+(?:if|though|so|when|while|after|before|since|until|then|as|than|number|numbers|odd|\d))|"
    # the source named inside the question, before what it is asked to say: "what do the notes
    # say a bee visits" asks what a bee visits (not "... say about X": the subject follows)
    r"(?<=\bwhat\s)(?:do|does|did) (?:the|this|that|their|these|those) \w+ (?:say|claim|argue)(?=\s+(?!about\b)\w)|"
    # ... and "what does the letter say about how X went": how X went (an indirect question
    # after "about": what it asks is what the source is asked to say)
    r"^\W*what (?:do|does|did) (?:the|this|that|their|these|those) (?:\w+ )?\w+ (?:say|said|tell us|mention) about"
    r"(?=\s+(?:how|why|whether|what|who|when|where|which)\s+\w)|"
    # ... and "how/why does the letter argue that X": how or why X (not "how do the notes explain
    # the eruption", whose object is what is asked)
    r"(?:(?<=\bhow\s)|(?<=\bwhy\s))(?:do|does|did) (?:the|this|that|their|these|those) \w+ "
    r"(?:say|claim|argue|think|believe|show|suggest)"
    # ("that" may be left out before a clause with a modal: "how do the signatories argue a
    # favourable vote would affect them" asks how it would)
    r"(?: that(?=\s+\w)|(?=(?:\s+[\w'\u2019-]+){1,4}\s+(?:would|will|could|should|might|can)\b))|"
    # ... and "why do the NGOs think it's so important": an opinion verb needs no "that" before a
    # clause of its own (a pronoun or "the ..." with its verb: "why do they think it's late")
    r"(?:(?<=\bhow\s)|(?<=\bwhy\s))(?:do|does|did) (?:the|this|that|their|these|those|they) (?:\w+ )?"
    # ("this"/"that" only as the subject of a verb: "why do the ngos feel that way" asks why they feel so)
    r"(?:think|believe|reckon|feel)(?=\s+(?:it'?s|its|it|they|he|she|there'?s)\b"
    r"|\s+(?:this|that)\s+(?:is|was|will|would|could|should|can|matters?|has|helps?|makes?|means?)\b)|"
    # chat shorthand, but not "tldr": a request for the gist, what "tldr of the letter" asks
    # (without it, "of the letter" asks nothing an overview answers, and another entry takes it)
    rf"tho|rn|{'|'.join(sorted(CHAT_ABBREVIATIONS - {'tldr'}))}|please|ya know|you know|"
    # a closing "or not" / "or no" of a yes/no question (not "yes or no": that is what it asks)
    r"at all|or (?:something|smth|sth|what|nah|naw|nope)|(?<!\byes )or not?(?=[\s?!.]*$)|"
    r"and (?:stuff|all that|so on)|for real|"
    # "how are women treated back home": where the asker is from, no place asked (not "go back
    # home", "sent back home": a return, which is what is asked)
    # (the words first, the verbs before them then: the lookbehinds run only where "back home" is)
    r"back home(?<!\bgo back home)(?<!\bgoing back home)(?<!\bwent back home)(?<!\bcome back home)"
    r"(?<!\bcame back home)(?<!\breturn back home)(?<!\bsent back home)(?<!\bsend back home)"
    r"(?<!\bget back home)(?<!\bgot back home)(?<!\bmove back home)(?<!\bfly back home)|"
    r"guys|thing|stuff|like(?=,|\s+(?:how|what|who|when|where|why|which|is|are|do|does|did)\b)|"
    # "the 440 number i keep seeing", "this letter thing everyone in the channel keeps talking
    # about": where the asker met what is asked about, which asks nothing of it
    r"(?:that |which )?(?:i|we|every(?:one|body)|people|ppl)"
    r"(?: (?:here|on here|in (?:the|this|our) (?:channel|server|chat|group)))?"
    r" (?:keeps?|is|are|am) (?:posting|talking|quoting|sharing|saying|seeing|hearing|reading)"
    r"(?: about)?|just wondering|quick q(?:uestion)?|i was wondering|does any(?:one|body) know|"
    # "my parents asked me what ...", "a friend wants to know why ...": whose question it is,
    # before the question itself (an indirect one: what follows asks it)
    r"(?:my|our|a) (?:[\w'\u2019-]+ ){0,2}?(?:asked|asks|was asking|were asking|keeps? asking|wants? to know"
    r"|wanted to know)(?: (?:me|us))?(?=\s+(?:what|which|who|whom|how|why|when|where|whether|if)\b)|"
    r"in (?:like )?(?:a couple(?: of)?|a few|one|two|three|a|[1-5]) (?:sentences?|lines?|words?)|"
    r"in (?:short|brief|a nutshell)|"
    # "explain it like I'm five", "as if im a kid": the register of the reply asked for, as "in
    # short" is its length (a number after "like i'm" is an age: "like im 5", "like I'm 10")
    r"(?:like|as if|as though) (?:i['\u2019]?m|i am|i was|i were) (?:a |an )?(?:little |small )?"
    r"(?:(?:\w+[ -])?years?[ -]old|\d{1,2}|five|six|ten|twelve|kid|child|baby|toddler)(?=[\s?!.,]|$)|"
    r"(?:could|can|would) (?:you|u) (?:please |pls )?(?:tell|explain to|let) (?:me|us)(?: know)?|"
    r"i(?:'d| would) (?:like|love) to know|i want to know|i wanna know|actually(?= about\b)|"
    # "im kinda confused about what ...", "curious which ...": the asker's state before an
    # indirect question, which asks what follows; "..., can u explain" after it asks it again
    r"(?:i'?m|i am) (?:(?:kinda|kind of|a bit|a little|so|really|just|pretty|still) )?"
    r"(?:confused|curious|unsure|not sure)(?: (?:about|as to|on))?"
    r"(?=\s+(?:what|which|who|whom|how|why|when|where|whether|if)\b)|"
    # "..., im lost", "i'm so confused. what ...": the asker's state as an aside of its own (a
    # clause: a stop or the message's end after it) asks nothing ("lost in the desert" stays)
    r"(?:i['\u2019]?m|i am) (?:(?:kinda|kind of|a bit|a little|so|really|just|pretty|still|totally|completely) )?"
    r"(?:lost|confused)(?=\s*(?:[,.!?;:]|$))|"
    r"(?:can|could) (?:you|u|someone|anyone) (?:please |pls )?explain(?: (?:it|that|this))?(?=[\s?!.]*$)|"
    # "roughly how many", "approximately how much": the figure the entry gives, which its quotes
    # word as the sources do ("about", "at least")
    r"(?:roughly|approximately|approx|around|about)(?=\s+how\s+(?:many|much)\b))\b"
    r"|\s\bhere(?=[\s?!.]*$)"
    # "... work with the UN on these problems", "... to fix these issues": what the message is
    # about, pointed back at, which asks nothing the verb before it does not (a closing phrase)
    r"|(?<!\s)\s+(?:on|about|over|regarding|(?:in order )?to (?:fix|address|solve|tackle|resolve|deal with))"
    r"\s+(?:all\s+)?(?:these|those|such)\s+(?:problems|issues|matters|concerns)(?=[\s?!.]*$)"
    # (a closing run of spaces and marks read as one class, and from the run's first space only:
    # "\s*" then "[?!.]*\s*$" split a long run of spaces every way, quadratic in its length)
    r"|(?<!\s),?\s*\b(?:per|(?:acc?ording|accordin|acc\.?) to|as per|going by|based on) "
    r"(?:the|this|that|your|their) \w+(?: \w+)?"
    r"(?=[\s?!.]*$)\s*"
    # ... and a closing clause asking it: "why are they arrested, what does the letter say"
    r"|\s*,\s*what (?:does|do|did) (?:the|this|that|their|these|those) \w+(?: \w+)? say(?=[\s?!.]*$)"
    # ... or whether it says so: "how many are held, does the letter say", "..., did the ngos say?"
    r"|\s*,\s*(?:does|do|did) (?:the|this|that|their|these|those) \w+(?: \w+)? (?:say|mention)(?: so| that| it)?"
    r"(?=[\s?!.]*$)"
    r"|^\W*(?:per|(?:acc?ording|accordin|acc\.?) to|as per|going by|based on) "
    # ... or anyone named, in up to four words before the comma ("according to amnesty's raha
    # bahreini, what does the letter refer to": what the letter refers to, from her)
    r"(?:(?:the|this|that|your|their) \w+(?: \w+)?|[\w'\u2019-]+(?: [\w'\u2019-]+){0,3})\s*,\s*"
    # "human rights wise", "money-wise": the noun before it is what is asked about (not the
    # adjective: "is it wise to", "would it be wise", "a wise move", "very wise for them")
    # (the lookahead first: the lookbehinds below are tried only where a "wise" follows)
    r"|(?<=\w)(?=[-\s]wise\b)"
    + "".join(rf"(?<!\b{w})" for w in _NOT_BEFORE_WISE)
    + r"(?:-|\s)wise\b(?!\s+(?:to|for|of|enough|\w+ing)\b)"
    # "wait so ...", "wait, is ...": surprise, before what is asked (not "wait times for visas")
    # a greeting before the question ("hi all :) ...", "hey! ...", "hello everyone, ...")
    r"|^\W*(?:hi|hey|hello|heya|hiya|howdy|yo)(?:\s+(?:all|everyone|everybody|guys|folks|there|y'?all|team))?"
    # (one mark a repetition: "[!,.]+" inside the "*" let "hi!!!…!x" try every split of the run)
    r"(?:\s*(?:[:;]-?[)(DPp]|[!,.]))*(?=\s|$)"
    # ("now that X, ..." is no "now": it gives the event the question is about)
    r"|^\W*(?:(?:so|ok|okay|but|and|now(?!\s+that\b)|well|hmm|um|uh"
    r"|wait(?=\s*[,.!?:;-]|\s+(?:so|what|whats|what's|how|who|why|when|where|which|is|are|was|were|do|does|did|really)\b))"
    r"\b\W*)+",
    re.IGNORECASE,
)


# "a whole bunch of", "lots of", "tons of": "many", in the second reading too.
_MANY = re.compile(
    r"\b(?:an? (?:whole )?(?:bunch|lot|load|ton|heap)s? of|(?:lots|loads|tons|heaps) of)\b", re.IGNORECASE
)


# "what are member states supposed to do", "is the keeper meant to": what they should do.
_SUPPOSED = re.compile(
    r"\b(?:are|is|am|r)\s+((?:the\s+|these\s+|those\s+)?(?:[\w'\u2019]+\s+){0,2}?[\w'\u2019]+)\s+(?:supposed|meant|expected)\s+to\b",
    re.IGNORECASE,
)


# "go and see for themselves", "judge for yourself", "see the situation for themselves": to see,
# judge or check it in person, which the verb alone asks already; only after those verbs ("did
# they write the letter for themselves", "is it just for themselves" ask who it is for; "is she
# iranian herself", "did he write it himself": who, not how).
_FOR_ONESELF = re.compile(
    r"\b(see|saw|seen|seeing|judge[sd]?|judging|check(?:s|ed|ing)?|verify|verified|verifying)"
    rf"((?:\s+(?!for\b)[\w'\u2019]+){{0,3}})\s+for\s+(?:{'|'.join(REFLEXIVES)})\b",
    re.IGNORECASE,
)


# "what's the point of voting for it", "what is the use in passing it": why one would do it (a
# doing, "-ing", must follow: "the point of this whole thing" asks what it is all about).
# ("point of voting for it?": the same with its "what's the" left out, opening the message)
_POINT_OF = re.compile(
    rf"(?:\b(?:{WHATS}|what is)\s+the\s+|^\W*(?:the\s+)?)(?:point|purpose|use)\s+(?:of|in)\s+(?=[a-z]{{2,}}ing\b)",
    re.IGNORECASE,
)


# ... and "what's the point of the (UN) vote": of a doing named by its noun, a verb's own form
# ("vote", not "the letter"): why one would vote, as "what's the point of voting" asks
_POINT_OF_DOING = re.compile(
    rf"\b(?:{WHATS}|what is)\s+the\s+(?:point|purpose|use)\s+of\s+(?:the|this|that|a|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})(?=\s*(?:[,?!.]|$|\s+(?:tbh|then|anyway|exactly|according|per)\b))",
    re.IGNORECASE,
)


def _why_doing(m: re.Match[str]) -> str:
    noun = m["noun"].lower()
    return f"why {noun}" if is_verb(noun) and not noun.endswith(("ing", "ed")) else m[0]


# "how does the letter interpret / view / see / describe X": what the letter says about X.
_VIEWS = re.compile(
    r"^(\W*)how\s+(do|does|did)\s+((?:the|this|that|their|these|those)\s+\w+)\s+"
    r"(?:interpret|view|see|read|characteri[sz]e|describe|portray|frame|assess|judge|regard)\s+(?=\w+\s+\w)",
    re.IGNORECASE,
)


# "what's the death penalty situation like", "what is the bee situation like": how it stands (a
# state of things: "the ..." ending with a word for one, then a closing "like", nothing after it
# but marks; not "what's the volcano like", which asks what the thing is). Ordinary English.
_WHAT_LIKE = re.compile(
    r"^(\W*)(?:what'?s|what\u2019s|what\s+is)\s+(the\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:situation|state\s+of\s+things|state\s+of\s+affairs|status|picture|record|outlook))\s+like(?=[\s?!.]*$)",
    re.IGNORECASE,
)


def _as_what_it_says(text: str, count: int = 0) -> str:
    """ "how does the letter interpret X" read as "what does the letter say about X" (`_VIEWS`),
    for `plain`'s second reading and the one-subject topic rule alike."""
    return _VIEWS.sub(r"\1what \2 \3 say about ", text, count=count)


# "how many executions did the NGOs count in their letter", "how many flowers do the notes
# mention": a count asked, then who gives it and where, which asks the figure itself (the words
# of who gives it pull up the entry on who wrote what); "how many executions" reads it
_COUNT_FRAME = re.compile(
    r"^(?P<asked>how many(?: [\w'-]+){1,3}?) (?:did|do|does|has|have) "
    r"(?:(?:the|their|these|those|this|that|its|his|her) )?(?:[\w'-]+ ){0,2}?"
    r"(?:count(?:ed)?|mention(?:ed)?|report(?:ed)?|cite[sd]?|give|list(?:ed)?|record(?:ed)?|document(?:ed)?|note[sd]?)"
    r"(?: (?:in|by) (?:(?:the|their|its|this|that|his|her) )?[\w'-]+)?(?=[\s?!.]*$)",
    re.IGNORECASE,
)


def plain(question: str) -> str | None:
    """`question` without its chat filler and source tail (see `_FILLER`), with "many" for
    "a whole bunch of", "should X" for "is X supposed to", "why <doing>" for "what's the point of
    <doing>", no "for themselves" after a verb ("see for themselves"), "what does the letter say about X"
    for "how does the letter interpret X", "how is the X" for "what's the X like" and "how many X"
    for "how many X did <someone> count (in <something>)"; None when it has none of them (or
    nothing else)."""
    text = _SUPPOSED.sub(r"should \1", _MANY.sub("many", _FILLER.sub(" ", question)))
    text = _POINT_OF.sub("why ", text)
    text = _POINT_OF_DOING.sub(_why_doing, text)
    text = _FOR_ONESELF.sub(r"\1\2", text)
    text = _as_what_it_says(text)
    text = _WHAT_LIKE.sub(r"\1how is \2", text.strip(" ,"))
    text = _COUNT_FRAME.sub(r"\g<asked>", text)
    if text == question:
        return None
    text = re.sub(r"\s+([,?!.])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,").lstrip("-\u2013\u2014:; ")
    kept = content_words(text)
    # nothing left, or only stop words dropped ("ok", "please"): the same reading again
    return text if kept and kept != content_words(question) else None
