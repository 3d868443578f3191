# faqbot in a container: docs/hosting.md. Build and start with `docker compose up -d --build`.
# Slim Python, runtime dependencies only (no test tools), runs as an unprivileged user.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    FAQBOT_ENV_FILE=""

# The bot's own user: it can write its data and the FAQ, nothing else (the code belongs to root).
RUN groupadd --system --gid 10001 faqbot \
 && useradd --system --uid 10001 --gid faqbot --home-dir /app --no-create-home --shell /usr/sbin/nologin faqbot

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
# Runtime dependencies only: not '.[test]'; the PostgreSQL driver is one (an optional store).
# Editable, so config.yaml, knowledge/ and seeds/ are found beside the code as in a checkout.
RUN pip install -e '.[postgres]' && rm -rf /root/.cache

COPY config.yaml ./
COPY seeds ./seeds
COPY --chown=faqbot:faqbot knowledge ./knowledge
RUN mkdir -p data && chown faqbot:faqbot data && chmod 700 data

# data/: the database, the audit log (every FAQ change) and the hashing secret file.
# knowledge/: the FAQ, which moderators edit from Discord. Both outlive the container.
VOLUME ["/app/data", "/app/knowledge"]

USER faqbot
# The token comes from the environment (compose's env_file: .env), never from the image.
CMD ["faqbot", "run"]
