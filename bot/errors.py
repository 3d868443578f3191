"""The root of every error faqbot raises on purpose, so a caller can catch them all in one place.

Each error is defined beside the code that raises it; this module only gives them a common
ancestor (and imports nothing, so every layer can use it). `faqbot` catches the root and prints
one line instead of a traceback; anything else reaching the top is a bug.

    FaqbotError
    ├── ConfigError            bot/config.py          config.yaml unreadable or a value out of range
    ├── KnowledgeError         bot/engine/problems.py the FAQ has problems (each as file:line: entry: message)
    ├── YamlSyntaxError        bot/engine/yamlfile.py a YAML file does not parse (also a ValueError)
    ├── QuestionSetError       bot/engine/evaluation.py  a labelled question set is malformed (also a ValueError)
    ├── AuthoringError         bot/engine/authoring.py  a paragraph, sentence or text to add that cannot
    │                          be used (also a ValueError)
    ├── AuditMismatch          bot/outreach/export/_audit.py  an audit export does not match the sources (faqbot verify)
    ├── SemanticUnavailable    bot/engine/semantic.py the optional embedding model cannot be loaded
    │                          (also a RuntimeError)
    ├── StoreError             bot/store/base.py      the database cannot be used (e.g. a newer schema, unreachable)
    ├── _StoreUnusable         bot/cli.py             the same, or its secret, as the CLI reports it
    ├── SecretError            bot/privacy/secret.py  the hashing secret is missing, malformed or unreadable
    ├── BackupError            bot/backup.py          a backup archive cannot be read or restored
    ├── SettingError           bot/servers.py         a server setting asked for with /faq-settings cannot be taken
    ├── ChartUnavailable       bot/moderation/chart.py  the stats chart cannot be drawn (matplotlib missing)
    └── ModerationError        bot/moderation/errors.py
        └── EditRefused        an edit is refused; NotFound, AlreadyExists, Conflict, Invalid under it
"""

from __future__ import annotations

# The exit codes of `faqbot` (docs/hosting.md#exit-codes), one set for every command: 0 done, 1 problems found
# (or a refused change), 2 a usage mistake, 3 Discord refused the login, 4 Discord cannot be reached.
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_LOGIN, EXIT_UNREACHABLE = 0, 1, 2, 3, 4


class FaqbotError(Exception):
    """Something faqbot reports to a person in plain words (never a bug)."""
