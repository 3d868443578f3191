"""One cog per feature; each module ends in `async def setup(bot)`.

ask (/ask), mention (@bot question), passive (off by default), browse (/faq list, /faq show,
/sources), feedback (the persistent answer buttons), housekeeping (the daily privacy purge).
"""
