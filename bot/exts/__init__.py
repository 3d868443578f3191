"""One cog per feature; each module ends in `async def setup(bot)`.

ask (/ask), mention (@bot question), passive (off by default), browse (/faq list, /faq show,
/sources), feedback (the persistent answer buttons), housekeeping (the daily privacy purge),
moderation (/faq-mod: editing the FAQ, undo, reload, the review queue; a package),
share (/share id: ready-to-post texts), schedule (outreach.schedules: scheduled posts).
"""
