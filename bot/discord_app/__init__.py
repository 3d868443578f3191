"""Discord front end of faqbot: the bot, its runner, the renderer, the store.

Only this package and `bot.exts` import discord; the engine never does.
"""
