"""Everything that only PostgreSQL understands: the shared store several
workstations write at once. Its twin for the embedded file is ``sqlite.py``;
the rest of the store speaks SQL both understand."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import event
from sqlalchemy.engine import Engine

from ree_desk.store.sqlite import APPEND_ONLY_TABLES, CLOSED_MONTH_MESSAGE, IMMUTABLE_MESSAGE

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")

# Every writing transaction takes this transaction-scoped advisory lock
# first (the number is "REEDESK1" read as ASCII: any fixed number no other
# program on the server uses would do).
WRITER_LOCK_KEY = 0x5245454445534B31


def is_url(text: object) -> bool:
    return isinstance(text, str) and text.startswith(SCHEMES)


def engine_url(url: str) -> str:
    """The URL SQLAlchemy opens with psycopg 3, whatever scheme the user gave."""
    scheme, rest = url.split("://", 1)
    return f"postgresql+psycopg://{rest}" if scheme != "postgresql+psycopg" else url


def without_password(url: str) -> str:
    """``url`` as it may be shown or remembered: the password is never kept
    by the program (libpq reads it from PGPASSWORD or ~/.pgpass)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def describe(url: str) -> str:
    """"ledger on db.plant.local:5432": how a person names the database."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/") or parts.username or "postgres"
    host = parts.hostname or "localhost"
    return f"{name} on {host}:{parts.port}" if parts.port else f"{name} on {host}"


def configure_engine(engine: Engine) -> None:
    """Postings one at a time, readers on a snapshot.

    The hash chain gives every posting a place in one order, and each
    posting's checks (stock never negative, quota, closed month) read what
    the postings before it wrote. So a writing transaction first takes one
    ledger-wide lock and holds it to its end: postings from several
    workstations run one after the other, each seeing every posting
    committed before it (READ COMMITTED takes a fresh snapshot per statement,
    and the first one comes after the lock). No update is lost and no check
    passes that the serial order would fail, without the retries that
    SERIALIZABLE would ask of every caller. A posting lasts milliseconds; an
    import of 10,000 rows about a second, which others wait out.

    A reading transaction (a report, the dashboard) runs REPEATABLE READ:
    one snapshot for all its statements, so its totals agree with each other
    while others post.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # The report's queries over every lot in stock are estimated dear
        # enough for the server to compile them to machine code first, which
        # took longer (1.2 s of 1.7 s on a million movements) than running them.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET jit = off")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        if conn.get_execution_options().get("write"):
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)" % WRITER_LOCK_KEY)
        else:
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def immutability_triggers() -> list[str]:
    ddl = [
        "CREATE FUNCTION ree_desk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{IMMUTABLE_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation'; END $$",
        # Once per statement over the rows it inserted: an import of 10,000
        # movements asks the closed months once, not 10,000 times.
        "CREATE FUNCTION ree_desk_refuse_closed_month() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF EXISTS (SELECT 1 FROM inserted JOIN month_close ON month_close.month = "
        "to_char(inserted.day, 'YYYY-MM')) THEN "
        f"RAISE EXCEPTION '{CLOSED_MONTH_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation'; "
        "END IF; RETURN NULL; END $$",
    ]
    for table in APPEND_ONLY_TABLES:
        # TRUNCATE bypasses row triggers, so it has a statement trigger of its own.
        ddl.append(f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION ree_desk_refuse_change()")
        ddl.append(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION ree_desk_refuse_change()")
    ddl.append("CREATE TRIGGER movement_closed_month AFTER INSERT ON movement REFERENCING NEW TABLE AS inserted "
               "FOR EACH STATEMENT EXECUTE FUNCTION ree_desk_refuse_closed_month()")
    return ddl


def functions() -> list[str]:
    """Helpers the store's SQL calls on this server."""
    # The audit detail is JSON text written by the program; a row that is
    # not JSON (written behind its back) must read as no value, not stop a query.
    return [
        "CREATE FUNCTION ree_desk_json_field(detail text, key text) RETURNS text "
        "LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN detail::jsonb ->> key; "
        "EXCEPTION WHEN others THEN RETURN NULL; END $$",
        "CREATE FUNCTION ree_desk_json_number(detail text, key text) RETURNS numeric "
        "LANGUAGE plpgsql IMMUTABLE AS $$ DECLARE found jsonb; BEGIN found := detail::jsonb -> key; "
        "RETURN CASE WHEN jsonb_typeof(found) = 'number' THEN found::text::numeric END; "
        "EXCEPTION WHEN others THEN RETURN NULL; END $$",
    ]


def drop_functions() -> list[str]:
    return ["DROP FUNCTION IF EXISTS ree_desk_json_field(text, text)",
            "DROP FUNCTION IF EXISTS ree_desk_json_number(text, text)"]


def drop_immutability_triggers() -> list[str]:
    ddl = [f"DROP TRIGGER IF EXISTS {t}_{kind} ON {t}" for t in APPEND_ONLY_TABLES for kind in ("no_change", "no_truncate")]
    ddl.append("DROP TRIGGER IF EXISTS movement_closed_month ON movement")
    ddl.append("DROP FUNCTION IF EXISTS ree_desk_refuse_change()")
    ddl.append("DROP FUNCTION IF EXISTS ree_desk_refuse_closed_month()")
    return ddl


def reserve_ids(conn, table: str, count: int) -> int:
    """The first of ``count`` fresh primary keys for ``table``.

    Safe because writers hold the ledger's lock; the table's own sequence is
    moved past the keys handed out, so a row inserted without a key (the
    ORM's) never takes one of them.
    """
    top = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()
    first = int(top) + 1
    if count > 0:
        conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {first + count - 1})")
    return first


def parameter_limit() -> int:
    return 65535  # the protocol carries a statement's parameter count in 16 bits


def integrity_problems(conn) -> str | None:
    """The server keeps its own files whole (write-ahead log, checksums if
    the cluster was made with them); there is no cheap whole-database check
    to ask for, so the program's own checks are the ones that count."""
    return None


def follow_copied_keys(conn, tables) -> None:
    """Move each table's key sequence past the keys of rows copied in with
    their keys, so that the next row inserted without one gets a fresh key."""
    for table in tables:
        if "id" in table.c and table.c.id.primary_key:
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                 f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)")


def workstation_grants(role: str, tables: list[str]) -> list[str]:
    """What the workstations' login ``role`` may do, and nothing more: read
    everything, add to the ledger, keep the tables the program maintains
    (closed months, balances, accounts, settings); never change or remove a
    posted row, whatever the triggers. The schema itself stays with the
    owner who ran the migrations."""
    posted = set(APPEND_ONLY_TABLES)
    kept = [t for t in tables if t not in posted and t != "alembic_version"]
    quoted = f'"{role}"'
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
        f"GRANT USAGE ON SCHEMA public TO {quoted}",
        f"GRANT SELECT ON alembic_version TO {quoted}",
        f"GRANT SELECT, INSERT ON {', '.join(sorted(posted))} TO {quoted}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(sorted(kept))} TO {quoted}",
        # setval moves a sequence past keys taken in bulk (reserve_ids).
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
    ]


def load_rows(conn, table, rows) -> None:
    """Rows (in the table's column order) into ``table`` with COPY, in the
    connection's transaction: a million movements moved to the server in a
    few minutes, where an INSERT per row would take several times that."""
    columns = ", ".join(f'"{c.name}"' for c in table.columns)
    cursor = conn.connection.driver_connection.cursor()
    try:
        with cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(row))
    finally:
        cursor.close()


# A posting this large may have grown the ledger's tables past what the
# planner last counted; below it, the server's own analysis keeps up.
_ANALYZE_FROM_ROWS = 2000


def after_rows_added(conn, rows: int) -> None:
    """Count the grown tables again, in the posting's transaction (its own
    rows included), when it added many rows: the server's autovacuum counts
    them only a minute or so later, and a workstation importing again in
    the meantime would have its lots looked up with a plan made for a table
    a fraction of the size (seen: a 10,000-row import taking 10 s instead of 1)."""
    if rows >= _ANALYZE_FROM_ROWS:
        conn.exec_driver_sql("ANALYZE lot, movement, movement_origin")
