namespace QcdcBot.Storage.Database;

/// <summary>The SQL of each migration step. Never edit a shipped step: add the next one.</summary>
internal static class Schema
{
    public const string V1 = """
        CREATE TABLE units (
            id          INTEGER PRIMARY KEY,
            code        TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name        TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('dang_bo', 'chi_bo', 'doan_the')),
            tags        TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE members (
            id           INTEGER PRIMARY KEY,
            unit_id      INTEGER REFERENCES units(id),
            channel      TEXT NOT NULL,
            user_id      TEXT NOT NULL,
            chat_id      TEXT NOT NULL,
            display_name TEXT NOT NULL,
            role         TEXT NOT NULL CHECK (role IN ('secretary', 'admin', 'leader')),
            reachable    INTEGER NOT NULL DEFAULT 1,
            bound_at     TEXT NOT NULL,
            UNIQUE (channel, user_id)
        );
        CREATE INDEX members_unit ON members(unit_id);

        CREATE TABLE invite_codes (
            id          INTEGER PRIMARY KEY,
            unit_id     INTEGER NOT NULL REFERENCES units(id),
            code        TEXT NOT NULL UNIQUE,
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL,
            expires_at  TEXT NOT NULL,
            used_at     TEXT,
            used_by     TEXT
        );

        CREATE TABLE deadlines (
            id            INTEGER PRIMARY KEY,
            title         TEXT NOT NULL,
            kind          TEXT NOT NULL DEFAULT 'other',
            due_date      TEXT NOT NULL,
            scope         TEXT NOT NULL CHECK (scope IN ('all', 'grassroots', 'kind', 'units')),
            scope_kind    TEXT CHECK (scope_kind IN ('dang_bo', 'chi_bo', 'doan_the')),
            recurrence    TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none', 'yearly')),
            source_phrase TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'cancelled')),
            changed_at    TEXT
        );

        CREATE TABLE deadline_units (
            deadline_id INTEGER NOT NULL REFERENCES deadlines(id),
            unit_id     INTEGER NOT NULL REFERENCES units(id),
            PRIMARY KEY (deadline_id, unit_id)
        );

        CREATE TABLE due_overrides (
            deadline_id INTEGER NOT NULL REFERENCES deadlines(id),
            unit_id     INTEGER NOT NULL REFERENCES units(id),
            due_date    TEXT NOT NULL,
            granted_by  TEXT NOT NULL,
            granted_at  TEXT NOT NULL,
            request_id  INTEGER,
            PRIMARY KEY (deadline_id, unit_id)
        );

        CREATE TABLE stored_files (
            sha256      TEXT PRIMARY KEY,
            size        INTEGER NOT NULL,
            content     BLOB NOT NULL,
            stored_at   TEXT NOT NULL
        );

        CREATE TABLE submissions (
            id                  INTEGER PRIMARY KEY,
            unit_id             INTEGER NOT NULL REFERENCES units(id),
            deadline_id         INTEGER NOT NULL REFERENCES deadlines(id),
            version             INTEGER NOT NULL,
            received_at         TEXT NOT NULL,
            received_local_date TEXT NOT NULL,
            due_date            TEXT NOT NULL,
            days_late           INTEGER NOT NULL,
            by_whom             TEXT NOT NULL,
            channel             TEXT NOT NULL,
            method              TEXT NOT NULL CHECK (method IN ('upload', 'paper')),
            note                TEXT NOT NULL DEFAULT '',
            receipt_no          TEXT NOT NULL UNIQUE,
            UNIQUE (unit_id, deadline_id, version)
        );

        CREATE TABLE submission_files (
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            ordinal       INTEGER NOT NULL,
            sha256        TEXT NOT NULL REFERENCES stored_files(sha256),
            original_name TEXT NOT NULL,
            content_type  TEXT NOT NULL,
            size          INTEGER NOT NULL,
            PRIMARY KEY (submission_id, ordinal)
        );

        CREATE TABLE status_notes (
            id          INTEGER PRIMARY KEY,
            unit_id     INTEGER NOT NULL REFERENCES units(id),
            deadline_id INTEGER NOT NULL REFERENCES deadlines(id),
            state       TEXT NOT NULL,
            text        TEXT NOT NULL,
            reference   TEXT,
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL
        );
        CREATE INDEX status_notes_unit_deadline ON status_notes(deadline_id, unit_id);

        CREATE TABLE extension_requests (
            id             INTEGER PRIMARY KEY,
            unit_id        INTEGER NOT NULL REFERENCES units(id),
            deadline_id    INTEGER NOT NULL REFERENCES deadlines(id),
            requested_date TEXT NOT NULL,
            reason         TEXT NOT NULL,
            requested_by   TEXT NOT NULL,
            requested_at   TEXT NOT NULL,
            state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'denied')),
            decided_by     TEXT,
            decided_at     TEXT
        );

        CREATE TABLE audit_log (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            details   TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE conversation_state (
            channel    TEXT NOT NULL,
            chat_id    TEXT NOT NULL,
            user_id    TEXT NOT NULL,
            state      TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel, chat_id, user_id)
        );

        CREATE TABLE message_links (
            channel     TEXT NOT NULL,
            chat_id     TEXT NOT NULL,
            message_id  TEXT NOT NULL,
            deadline_id INTEGER NOT NULL REFERENCES deadlines(id),
            created_at  TEXT NOT NULL,
            PRIMARY KEY (channel, chat_id, message_id)
        );
        """;

    /// <summary>
    /// Reminders: the ledger of what was sent (or deliberately skipped) per deadline, unit and slot, the outbox
    /// that delivers it, and per-deadline pause and overrides. Ledger unit_id 0 stands for the deadline itself
    /// (admin escalations), so it has no foreign key to units.
    /// </summary>
    public const string V2 = """
        CREATE TABLE reminder_ledger (
            deadline_id INTEGER NOT NULL REFERENCES deadlines(id),
            unit_id     INTEGER NOT NULL,
            slot        TEXT NOT NULL,
            sent_at     TEXT NOT NULL,
            outcome     TEXT NOT NULL DEFAULT 'sent' CHECK (outcome IN ('sent', 'skipped')),
            PRIMARY KEY (deadline_id, unit_id, slot)
        );

        CREATE TABLE outbox (
            id                  INTEGER PRIMARY KEY,
            created_at          TEXT NOT NULL,
            channel             TEXT NOT NULL,
            chat_id             TEXT NOT NULL,
            user_id             TEXT,
            body                TEXT NOT NULL,
            dedupe_key          TEXT UNIQUE,
            state               TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
            attempts            INTEGER NOT NULL DEFAULT 0,
            next_attempt_at     TEXT NOT NULL,
            sent_at             TEXT,
            last_error          TEXT,
            external_message_id TEXT
        );
        CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

        CREATE TABLE deadline_reminders (
            deadline_id INTEGER PRIMARY KEY REFERENCES deadlines(id),
            paused      INTEGER NOT NULL DEFAULT 0,
            cadence     TEXT,
            send_time   TEXT
        );
        """;

    /// <summary>
    /// The Telegram channel's own bookkeeping: where polling stands, every update received (the inbox that makes
    /// "acknowledged only after committed" and "applied once" hold across restarts), and leadership group chats.
    /// </summary>
    public const string TelegramOffsets = """
        CREATE TABLE telegram_offsets (
            bot_id      TEXT PRIMARY KEY,
            next_offset INTEGER NOT NULL,
            updated_at  TEXT NOT NULL
        );

        CREATE TABLE telegram_updates (
            bot_id         TEXT NOT NULL,
            update_id      INTEGER NOT NULL,
            chat_id        TEXT,
            media_group_id TEXT,
            payload        TEXT NOT NULL,
            received_at    TEXT NOT NULL,
            state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'started', 'done', 'interrupted')),
            finished_at    TEXT,
            PRIMARY KEY (bot_id, update_id)
        );
        CREATE INDEX telegram_updates_state ON telegram_updates(bot_id, state, update_id);

        CREATE TABLE telegram_leadership_chats (
            chat_id   TEXT PRIMARY KEY,
            title     TEXT NOT NULL,
            added_by  TEXT NOT NULL,
            added_at  TEXT NOT NULL
        );
        """;

    /// <summary>
    /// "Không có nội dung phát sinh" excuses a unit only once an admin accepts it: who accepted it and when.
    /// </summary>
    public const string ExcuseAcceptance = """
        ALTER TABLE status_notes ADD COLUMN accepted_by TEXT;
        ALTER TABLE status_notes ADD COLUMN accepted_at TEXT;
        """;
}
