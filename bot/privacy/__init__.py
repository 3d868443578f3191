"""Privacy: what the bot may keep about the people who ask it, decided in plain Python.

- `sensitive`: questions that disclose personal risk or personal data (never stored).
- `secret`: the secret that salts the hashes of user ids, kept outside the database.
- `policy`: the one place that decides whether a question's text is kept for review.

No discord import here (a test enforces it).
"""
