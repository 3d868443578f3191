"""/faq-mod in a simulated Discord: permissions, the entry form, confirmation, concurrent edits,
undo, reload with a broken file, the file watcher, the review queue, statistics, the log channel.

Every test edits a copy of a tiny made-up FAQ (tests/data/moderation), never the shipped one.
"""

from __future__ import annotations

import contextlib
import re

import discord
import pytest
import simcord
import yaml
from simworld import CAMPAIGN_GUILD_ID, REPO, shown_text

from bot.discord_app.errors import NOT_ALLOWED, Refused
from bot.exts.moderation import _render as R
from bot.exts.moderation._views import FIELDS, MODAL_TITLE

pytestmark = pytest.mark.asyncio


TEXT_ON = {"store_unanswered_text": True}  # the review queue's questions are kept only when a campaign opts in


@contextlib.asynccontextmanager
async def moderated(world_factory, small_kb, **overrides):
    """A world serving the small FAQ, its server the home server, its Moderators role configured and
    allowed to see /faq-mod."""
    knowledge, seeds = small_kb
    overrides.setdefault("home_guild_ids", (CAMPAIGN_GUILD_ID,))
    async with world_factory(knowledge=knowledge, seeds=seeds, **overrides) as w:
        w.set_discord(moderator_role_ids=(w.mods_role.id,))
        w.allow_command("faq-mod", w.mods_role)
        w.knowledge = knowledge  # type: ignore[attr-defined]
        yield w


def form_values(shown) -> dict[str, str]:
    """The texts a modal opened with (custom_id -> value)."""
    assert shown.modal is not None, shown
    return {
        row["components"][0]["custom_id"]: row["components"][0].get("value", "") for row in shown.modal["components"]
    }


def new_entry_form(question: str = "When do the trains run?") -> dict[str, str]:
    form = yaml.safe_load((REPO / "tests" / "data" / "trains-form.yaml").read_text(encoding="utf-8"))
    return {**form, "question": question}


def refusals(w) -> int:
    """How many permission refusals the bot raised (simcord records every check failure)."""
    errors = w.acknowledge_errors()
    assert all(isinstance(e, Refused) or isinstance(getattr(e, "original", None), Refused) for e in errors), errors
    return len(errors)


def buttons(message) -> list[str]:
    return [c["label"] for row in message.components for c in row["components"]]


async def ask_entry(w, question: str) -> str | None:
    """The entry id /ask answers with (from the answer's footer), or None."""
    result = await w.slash(w.alice, "ask", question=question)
    embeds = result.response.embeds if result.response else []
    if not embeds or not embeds[0].footer.text:
        return None
    match = re.search(r"FAQ entry (\S+)", embeds[0].footer.text)
    return match.group(1) if match else None


# -- permission -------------------------------------------------------------------------------------


async def test_default_permissions_hide_the_commands_and_the_runtime_check_refuses(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        # Layer 1, Discord: /faq-mod needs Manage Server unless an admin grants it.
        assert not any(c.startswith("faq-mod") for c in w.alice.available_commands(w.channel))
        with pytest.raises(simcord.SetupError, match="not visible"):
            await w.slash(w.alice, "faq-mod reload")
        synced = w.env.backend.find_command("faq-mod", w.guild.id)
        assert int(synced["default_member_permissions"]) == discord.Permissions(manage_guild=True).value

        # Layer 2, the bot: an admin lets everyone see the command, a normal member is still refused.
        w.allow_command("faq-mod", w.alice)
        for command, options in [
            ("faq-mod reload", {}),
            ("faq-mod add", {}),
            ("faq-mod edit", {"id": "bees"}),
            ("faq-mod phrasing add", {"id": "bees", "text": "bee stuff"}),
            ("faq-mod remove", {"id": "bees"}),
            ("faq-mod history", {}),
            ("faq-mod undo", {}),
            ("faq-mod review", {}),
            ("faq-mod stats", {}),
        ]:
            refused = await w.slash(w.alice, command, **options)
            assert refused.ephemeral and refused.modal is None, command
            assert refused.response.content == R.NOT_MODERATOR, command
        assert refusals(w) == 9  # (simcord counts them from the start of the test)

        # The moderator role from config may; Manage Server may without any role configured.
        assert (await w.slash(w.mod, "faq-mod history")).response.embeds
        w.set_discord(moderator_role_ids=())
        assert (await w.slash(w.mod, "faq-mod history")).response.content == R.NOT_MODERATOR
        assert refusals(w) == 10
        admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
        admin = w.guild.add_member(w.env.create_user("admin"), roles=[admins])
        assert "faq-mod history" in admin.available_commands(w.channel)
        assert (await w.slash(admin, "faq-mod history")).response.embeds
        assert R.NOT_MODERATOR != NOT_ALLOWED


# -- the entry form -----------------------------------------------------------------------------------


async def test_add_opens_a_form_and_a_valid_entry_is_served_at_once(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        log_channel = w.guild.create_text_channel("mod-log")
        w.set_discord(moderator_log_channel_id=log_channel.id)
        assert await ask_entry(w, "When do the trains run?") is None

        shown = await w.slash(w.mod, "faq-mod add", id="trains")
        modal = shown.modal
        assert len(modal["title"]) <= MODAL_TITLE and 1 <= len(modal["components"]) <= 5
        inputs = [row["components"][0] for row in modal["components"]]
        assert all(len(i["label"]) <= 45 and i.get("max_length", 4000) <= 4000 for i in inputs)
        assert [i["custom_id"] for i in inputs] == list(FIELDS)
        assert form_values(shown)["sources"] == "field-notes notes"  # the only source, prefilled

        saved = await w.mod.submit_modal(shown, new_entry_form())
        assert saved.ephemeral and "Saved" in shown_text(saved), shown_text(saved)
        text = (w.knowledge / "trains.yaml").read_text(encoding="utf-8")
        assert [line.split(":")[0] for line in text.splitlines() if line and not line.startswith(" ")] == [
            "id",
            "question",
            "phrasings",
            "answer",
            "quotes",
        ]
        assert "  - train timetable\n" in text  # block style, indented list
        assert await ask_entry(w, "When do the trains run?") == "trains"  # swapped in, no reload needed

        posts = [m.content for m in w.messages(log_channel)]
        assert len(posts) == 1 and "mod (" in posts[0] and "add trains" in posts[0]


async def test_edit_prefills_the_entry_and_saves_the_change(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        shown = await w.slash(w.mod, "faq-mod edit", id="bees")
        values = form_values(shown)
        assert values["question"] == "How many flowers do the honeybees visit?"
        assert values["phrasings"].splitlines()[0] == "how many flowers do bees visit"
        assert values["sources"] == "field-notes notes"
        values["answer"] = "Honeybees visit about two thousand flowers a day, the notes say."
        values["phrasings"] += "\nhow hard do bees work"
        saved = await w.mod.submit_modal(shown, values)
        assert "edit bees: answer changed; phrasings +1" in shown_text(saved)
        text = (w.knowledge / "bees.yaml").read_text(encoding="utf-8")
        assert "the notes say." in text and "related:" in text  # fields the form does not show are kept
        answer = (await w.slash(w.alice, "ask", question="How many flowers do the honeybees visit?")).response
        assert "the notes say" in answer.embeds[0].description


async def test_a_quote_not_in_the_source_is_refused_with_the_reason_and_can_be_fixed(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        before = (w.knowledge / "bees.yaml").read_bytes()
        shown = await w.slash(w.mod, "faq-mod edit", id="bees")
        values = form_values(shown)
        values["quotes"] = "Honeybees visit about three thousand flowers a day."
        refused = await w.mod.submit_modal(shown, values)
        text = shown_text(refused)
        assert "Not saved" in text and "not found verbatim in source field-notes" in text
        assert "bees.yaml:" in text  # file:line: entry: message
        assert (w.knowledge / "bees.yaml").read_bytes() == before

        message = refused.response
        assert buttons(message) == ["Edit and try again"]
        again = await w.click(w.mod, message, "Edit and try again")
        assert form_values(again)["quotes"] == values["quotes"]  # what was typed is not lost
        values["quotes"] = "Honeybees visit about two thousand flowers a day"
        saved = await w.mod.submit_modal(again, values)
        assert "Saved" in shown_text(saved)


async def test_an_answer_claiming_what_no_quote_says_is_refused_from_discord_with_what_to_change(
    world_factory, small_kb
):
    async with moderated(world_factory, small_kb) as w:
        before = (w.knowledge / "bees.yaml").read_bytes()
        shown = await w.slash(w.mod, "faq-mod edit", id="bees")
        values = form_values(shown)
        values["answer"] = "Honeybees visit about 5,000 flowers a day, according to Professor Okafor."
        values["phrasings"] += "\ndo bees in kenya visit flowers"
        refused = await w.mod.submit_modal(shown, values)
        text = shown_text(refused)
        assert "Not saved" in text
        assert re.search(r"bees\.yaml:\d+: bees: the answer says \"5,000\"; no quote of this entry contains it", text)
        assert 'the answer says "Professor Okafor"' in text
        assert 'names "kenya"; no quote of this entry mentions it' in text
        assert (w.knowledge / "bees.yaml").read_bytes() == before  # nothing written


async def test_a_second_moderator_saving_the_same_entry_is_refused(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        mod2 = w.guild.add_member(w.env.create_user("mod2"), roles=[w.mods_role])
        first = await w.slash(w.mod, "faq-mod edit", id="volcano")
        second = await w.slash(mod2, "faq-mod edit", id="volcano")
        values2 = form_values(second)
        values2["answer"] = "The notes say it erupted twice in the last century; both eruptions were small."
        assert "Saved" in shown_text(await mod2.submit_modal(second, values2))
        saved_by_mod2 = (w.knowledge / "volcano.yaml").read_bytes()

        values1 = form_values(first)
        values1["answer"] = "Twice, the notes say."
        refused = await w.mod.submit_modal(first, values1)
        assert "changed since you opened it" in shown_text(refused)
        assert buttons(refused.response) == []  # no retry on a stale form: open the entry again
        assert (w.knowledge / "volcano.yaml").read_bytes() == saved_by_mod2


async def test_an_entry_too_long_for_a_form_is_sent_to_the_file(world_factory, small_kb):
    knowledge, _ = small_kb
    text = (knowledge / "volcano.yaml").read_text(encoding="utf-8")
    extra = "".join(f"  - volcano question number {n} with some more words to make it long\n" for n in range(80))
    last = "  - is there an active volcano\n"
    (knowledge / "volcano.yaml").write_text(text.replace(last, last + extra), encoding="utf-8")
    async with moderated(world_factory, small_kb) as w:
        result = await w.slash(w.mod, "faq-mod edit", id="volcano")
        assert result.modal is None and "too long to edit in Discord" in result.response.content


# -- phrasings, removal, undo ---------------------------------------------------------------------------


async def test_phrasing_add_is_a_one_line_change_and_a_collision_is_refused(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        path = w.knowledge / "lighthouse.yaml"
        before = path.read_text(encoding="utf-8")
        saved = await w.slash(w.mod, "faq-mod phrasing add", id="lighthouse", text="is the light still on")
        assert "Saved" in shown_text(saved)
        after = path.read_text(encoding="utf-8")
        added = [line for line in after.splitlines() if line not in before.splitlines()]
        assert added == ["  - is the light still on"] and len(after.splitlines()) == len(before.splitlines()) + 1
        assert "# Hand-written comments" in after and "# a comment on a phrasing" in after

        refused = await w.slash(
            w.mod, "faq-mod phrasing add", id="volcano", text="how many flowers do honeybees visit every day"
        )
        assert "collision" in shown_text(refused) and "bees" in shown_text(refused)


async def test_remove_asks_for_confirmation_that_only_the_invoker_can_give(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        mod2 = w.guild.add_member(w.env.create_user("mod2"), roles=[w.mods_role])
        asked = await w.slash(w.mod, "faq-mod remove", id="lighthouse")
        assert asked.ephemeral and "Remove FAQ entry `lighthouse`" in asked.response.content
        assert buttons(asked.response) == ["Remove lighthouse", "Cancel"]
        with pytest.raises(simcord.SetupError):  # nobody else even sees it
            await w.click(mod2, asked.response, "Remove lighthouse")
        assert (w.knowledge / "lighthouse.yaml").exists()

        cancelled = await w.click(w.mod, asked.response, "Cancel")
        assert "nothing was changed" in w.messages(viewer=w.mod)[-1].content
        assert cancelled.acknowledged and (w.knowledge / "lighthouse.yaml").exists()

        asked = await w.slash(w.mod, "faq-mod remove", id="lighthouse")
        done = await w.click(w.mod, asked.response, "Remove lighthouse")
        assert "remove lighthouse" in shown_text(done)
        assert not (w.knowledge / "lighthouse.yaml").exists()
        assert await ask_entry(w, "Is the lighthouse still working?") is None

        # Not confirmed in time: the question says so, and nothing happens.
        await w.slash(w.mod, "faq-mod remove", id="bees")
        await w.advance(121)
        expired = w.messages(viewer=w.mod)[-1]
        assert expired.content == R.CONFIRM_EXPIRED and not expired.components
        assert (w.knowledge / "bees.yaml").exists()

        # bees lists volcano as related: removing volcano would break the FAQ, so it is refused.
        asked = await w.slash(w.mod, "faq-mod remove", id="volcano")
        refused = await w.click(w.mod, asked.response, "Remove volcano")
        assert "related entry 'volcano' does not exist" in shown_text(refused)
        assert (w.knowledge / "volcano.yaml").exists()


async def test_undo_restores_the_exact_previous_file(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        path = w.knowledge / "lighthouse.yaml"
        original = path.read_bytes()
        version = w.bot.engine.kb.version
        await w.slash(w.mod, "faq-mod phrasing add", id="lighthouse", text="is the light still on")
        shown = await w.slash(w.mod, "faq-mod edit", id="lighthouse")
        values = form_values(shown)
        values["answer"] = "Yes: automated in 1985, it still flashes every ten seconds."
        await w.mod.submit_modal(shown, values)
        assert path.read_bytes() != original

        history = await w.slash(w.mod, "faq-mod history", id="lighthouse")
        lines = history.response.embeds[0].description.splitlines()
        assert len(lines) == 2 and "edit lighthouse" in lines[0] and "phrasing lighthouse" in lines[1]
        assert "mod (" in lines[0]

        for _ in range(2):
            asked = await w.slash(w.mod, "faq-mod undo")
            assert "Undo change #" in asked.response.content
            label = buttons(asked.response)[0]
            undone = await w.click(w.mod, asked.response, label)
            assert "undo #" in shown_text(undone)
        assert path.read_bytes() == original  # byte for byte, comments and all
        assert w.bot.engine.kb.version == version
        nothing = await w.slash(w.mod, "faq-mod undo")
        assert nothing.response.content == "There is no change left to undo."
        assert (await w.slash(w.mod, "faq-mod undo", change=999)).response.content == "There is no change #999."
        first = await w.slash(w.mod, "faq-mod undo", change=1)
        assert first.response.content == "Change #1 cannot be undone: it was undone by #4."


async def test_entry_ids_autocomplete_and_are_checked(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        choices = await w.autocomplete(w.mod, "faq-mod edit", "id", "light")
        assert [c["value"] for c in choices] == ["lighthouse"]
        missing = await w.slash(w.mod, "faq-mod edit", id="no-such-entry")
        assert missing.modal is None and missing.response.content == R.safe("There is no FAQ entry `no-such-entry`.")
        traversal = await w.slash(w.mod, "faq-mod add", id="../../etc")
        assert traversal.modal is None and "is not an entry id" in traversal.response.content
        taken = await w.slash(w.mod, "faq-mod add", id="bees")
        assert taken.modal is None and "already exists" in taken.response.content


# -- reload and the file watcher -------------------------------------------------------------------------


async def test_reload_with_a_broken_file_keeps_serving_the_old_faq(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        version = w.bot.engine.kb.version
        (w.knowledge / "bees.yaml").write_text("id: bees\nquestion: [unclosed\n", encoding="utf-8")
        (w.knowledge / "volcano.yaml").write_text(
            (w.knowledge / "volcano.yaml").read_text(encoding="utf-8").replace("erupted twice", "erupted thrice"),
            encoding="utf-8",
        )
        result = await w.slash(w.mod, "faq-mod reload")
        text = shown_text(result)
        assert "Reload refused" in text and version in text
        assert re.search(r"bees\.yaml:2: bees: YAML syntax error", text)
        assert re.search(r"volcano\.yaml:\d+: volcano: quote 1 not found verbatim", text)
        assert w.bot.engine.kb.version == version
        assert await ask_entry(w, "How many flowers do the honeybees visit?") == "bees"  # the old FAQ, still served

        (w.knowledge / "bees.yaml").write_bytes(_original("bees.yaml"))
        (w.knowledge / "volcano.yaml").write_bytes(_original("volcano.yaml"))
        (w.knowledge / "trains.yaml").write_text(_yaml_entry("trains"), encoding="utf-8")
        result = await w.slash(w.mod, "faq-mod reload")
        assert "Reloaded" in shown_text(result)
        assert await ask_entry(w, "When do the trains run?") == "trains"


def _original(name: str) -> bytes:
    return (REPO / "tests" / "data" / "moderation" / "knowledge" / name).read_bytes()


def _yaml_entry(entry_id: str) -> str:
    from bot.moderation import Draft
    from bot.moderation.yamlformat import dump_entry

    form = new_entry_form()
    return dump_entry(Draft.from_form(**form).apply_to({"id": entry_id}))


async def test_the_file_watcher_reloads_changed_files_once_they_are_stable(world_factory, small_kb):
    async with moderated(world_factory, small_kb, moderation={"watch_files": True}) as w:
        log_channel = w.guild.create_text_channel("mod-log")
        w.set_discord(moderator_log_channel_id=log_channel.id)
        cog = w.bot.get_cog("Moderation")
        assert cog.watch.is_running()
        version = w.bot.engine.kb.version
        (w.knowledge / "trains.yaml").write_text(_yaml_entry("trains"), encoding="utf-8")
        await cog.watch()  # first look: changed, not yet known to be stable
        assert w.bot.engine.kb.version == version
        await cog.watch()  # unchanged since: loaded
        assert w.bot.engine.kb.version != version and "trains" in w.bot.engine.kb.entries

        version = w.bot.engine.kb.version
        (w.knowledge / "trains.yaml").write_text("id: trains\nquestion: [broken\n", encoding="utf-8")
        await cog.watch()
        await cog.watch()
        assert w.bot.engine.kb.version == version  # refused: the previous FAQ stays in service
        posts = [m.content for m in w.messages(log_channel)]
        assert len(posts) == 1 and "trains.yaml:2: trains: YAML syntax error" in posts[0]
        await cog.watch()
        assert len(w.messages(log_channel)) == 1  # not repeated until the files change again


# -- the review queue and statistics ----------------------------------------------------------------------


async def test_review_groups_similar_questions_with_actions(world_factory, small_kb):
    async with moderated(world_factory, small_kb, privacy=TEXT_ON) as w:
        store = w.bot.store
        for question in [
            "how many tourists come to the lighthouse museum",
            "how many tourists come to the museum?",
            "How many tourists come to the lighthouse museum?",
        ]:
            await store.record_unanswered(question, "none", 0.0, [])
        await store.record_unanswered("what do the bees eat", "suggest", 30.0, ["bees"])
        await store.record_unanswered("recipe for chocolate cake", "none", 0.0, [])

        result = await w.slash(w.mod, "faq-mod review")
        message = result.response
        embed = message.embeds[0]
        assert embed.title.startswith("Review 1 of 3") and "\u00d73" in embed.title and "tourists" in embed.title
        assert "`lighthouse`" in embed.description
        assert buttons(message)[:1] == ["Add as phrasing of lighthouse"]
        assert buttons(message)[-3:] == ["Create new entry", "Dismiss", "Skip"]

        await w.click(w.mod, message, "Add as phrasing of lighthouse")
        assert (
            "  - how many tourists come to the lighthouse museum"
            in (w.knowledge / "lighthouse.yaml").read_text(encoding="utf-8").lower()
        )
        queue = [q.question for q in await store.review_queue()]
        assert "how many tourists come to the museum?" not in queue and len(queue) == 2  # the group is done

        current = [m for m in w.messages(viewer=w.mod) if m.embeds and m.embeds[0].title.startswith("Review 2")]
        assert current, [m.embeds[0].title for m in w.messages(viewer=w.mod) if m.embeds]
        message = current[-1]
        await w.click(w.mod, message, "Dismiss")
        assert len(await store.review_queue()) == 1

        message = [m for m in w.messages(viewer=w.mod) if m.embeds and m.embeds[0].title.startswith("Review 3")][-1]
        shown = await w.click(w.mod, message, "Create new entry")
        values = form_values(shown)
        assert values["question"] in ("what do the bees eat", "recipe for chocolate cake")


async def test_create_new_entry_from_the_review_queue(world_factory, small_kb):
    async with moderated(world_factory, small_kb, privacy=TEXT_ON) as w:
        await w.bot.store.record_unanswered("When do the trains run?", "none", 0.0, [])
        message = (await w.slash(w.mod, "faq-mod review")).response
        shown = await w.click(w.mod, message, "Create new entry")
        assert form_values(shown)["question"] == "When do the trains run?"
        saved = await w.mod.submit_modal(shown, {**new_entry_form(), "question": form_values(shown)["question"]})
        assert "Saved" in shown_text(saved)
        assert await w.bot.store.review_queue() == []
        assert await ask_entry(w, "When do the trains run?") == "when-do-the-trains-run"
        assert (await w.slash(w.mod, "faq-mod review")).response.content == R.REVIEW_EMPTY


async def test_not_helpful_answers_reach_the_review_queue(world_factory, small_kb):
    async with moderated(world_factory, small_kb, privacy=TEXT_ON) as w:
        answer = (await w.slash(w.alice, "ask", question="How many flowers do the honeybees visit?")).response
        await w.env.settle()
        assert await w.bot.store.review_queue() == []  # a confident answer: nothing kept
        await w.click(w.bob, answer, "Not helpful")
        await w.env.settle()
        queued = await w.bot.store.review_queue()
        assert [(q.question, q.outcome, q.entry_id) for q in queued] == [
            ("How many flowers do the honeybees visit?", "not_helpful", "bees")
        ]
        await w.click(w.alice, answer, "Not helpful")  # the same answer is queued once
        await w.env.settle()
        assert len(await w.bot.store.review_queue()) == 1


async def test_answers_below_the_low_confidence_score_are_queued(world_factory, small_kb):
    async with moderated(world_factory, small_kb, moderation={"low_confidence_score": 101.0}, privacy=TEXT_ON) as w:
        await w.slash(w.alice, "ask", question="Is the lighthouse still working?")
        await w.env.settle()
        assert [(q.outcome, q.entry_id) for q in await w.bot.store.review_queue()] == [("low", "lighthouse")]


async def test_without_question_text_storage_nothing_is_queued_but_counts_are_kept(world_factory, small_kb):
    async with moderated(world_factory, small_kb, privacy={"store_unanswered_text": False}) as w:
        answer = (await w.slash(w.alice, "ask", question="How many flowers do the honeybees visit?")).response
        await w.click(w.bob, answer, "Not helpful")
        await w.slash(w.alice, "ask", question="recipe for chocolate cake")
        await w.env.settle()
        assert await w.bot.store.review_queue() == []
        counts = await w.bot.store.period_counts(1)
        assert counts.outcomes == {"answer": 1, "suggest": 0, "none": 1}  # counted; no text kept


async def test_stats_show_answers_unanswered_rate_and_helpful_ratio(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        answer = (await w.slash(w.alice, "ask", question="How many flowers do the honeybees visit?")).response
        await w.slash(w.bob, "ask", question="How many flowers do the honeybees visit?")
        await w.slash(w.bob, "ask", question="recipe for chocolate cake")
        await w.click(w.alice, answer, "Helpful")
        await w.click(w.bob, answer, "Not helpful")
        await w.env.settle()
        result = await w.slash(w.mod, "faq-mod stats", days=7)
        embed = result.response.embeds[0]
        assert result.ephemeral and embed.title == "FAQ statistics: last 7 day(s)"
        assert "3 question(s)" in embed.description and "unanswered rate: 33%" in embed.description
        assert "helpful ratio: 50% of 2 vote(s)" in embed.description
        assert "`bees` 2 answer(s), helpful 50% of 2 vote(s)" in embed.fields[0].value


async def test_stats_come_with_a_chart_drawn_off_the_event_loop(world_factory, small_kb, monkeypatch):
    import threading

    from bot.exts.moderation import _cog

    drawn_in = []

    def spy(report):
        drawn_in.append(threading.get_ident())
        return real(report)

    real = _cog.render_png
    monkeypatch.setattr(_cog, "render_png", spy)
    async with moderated(world_factory, small_kb) as w:
        await w.slash(w.alice, "ask", question="How many flowers do the honeybees visit?")
        await w.env.settle()
        result = await w.slash(w.mod, "faq-mod stats", days=7)
        [attachment] = result.response.attachments
        assert attachment.filename == R.CHART_FILE and attachment.size > 10_000
        assert result.response.embeds[0].image.url == f"attachment://{R.CHART_FILE}"
        assert result.ephemeral
    assert drawn_in and drawn_in[0] != threading.get_ident()  # not on the loop's thread


async def test_every_moderation_reply_fits_discord_limits(world_factory, small_kb):
    knowledge, _ = small_kb
    async with moderated(world_factory, small_kb) as w:
        # Many problems at once: the list is cut to fit, and says how many more there are.
        for n in range(60):
            (knowledge / f"broken-{n:02d}.yaml").write_text(f"id: broken-{n:02d}\nquestion: [x\n", encoding="utf-8")
        result = await w.slash(w.mod, "faq-mod reload")
        embed = result.response.embeds[0]
        assert len(embed.description) <= 4096 and "more: run `faqbot validate`" in embed.description


async def test_an_askers_pick_is_one_click_from_being_a_phrasing(world_factory, small_kb):
    """(How a pick is kept from "did you mean" is tested with /ask, on the shipped FAQ.)"""
    async with moderated(world_factory, small_kb, privacy=TEXT_ON) as w:
        question = "do the bees sleep at night"
        for text in (question, "Do the bees sleep at night?"):
            await w.bot.store.suggest_phrasing(text, "bees")
        await w.bot.store.record_unanswered("recipe for chocolate cake", "none", 0.0, [])

        message = (await w.slash(w.mod, "faq-mod review")).response
        embed = message.embeds[0]
        assert embed.title.startswith("Review 1 of 2") and "sleep at night" in embed.title and "\u00d72" in embed.title
        assert "Picked by the asker" in embed.description and "`bees`" in embed.description
        await w.click(w.mod, message, "Add as phrasing of bees")
        assert "sleep at night" in (w.knowledge / "bees.yaml").read_text(encoding="utf-8")
        assert await w.bot.store.suggested_phrasings() == []
        assert [q.question for q in await w.bot.store.review_queue()] == ["recipe for chocolate cake"]
