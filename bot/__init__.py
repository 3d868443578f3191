"""faqbot: sourced answers about a human-rights campaign, in Discord and on the command line."""

__version__ = "0.1.0"
