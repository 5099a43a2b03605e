import aiosqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    author TEXT NOT NULL,
    message TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS idx_entries_author ON entries(author);
"""


async def migrate(db_path: str) -> None:
    async with aiosqlite.connect(db_path) as db:
        await db.executescript(SCHEMA)
        await db.commit()


async def add_entry(db: aiosqlite.Connection, author: str, message: str) -> int:
    cur = await db.execute("INSERT INTO entries (author, message) VALUES (?, ?)", (author, message))
    await db.commit()
    return cur.lastrowid
