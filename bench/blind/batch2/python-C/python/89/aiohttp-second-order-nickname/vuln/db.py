import aiosqlite

DB_PATH = "chat.db"


async def set_nickname(user_id: int, nickname: str) -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("UPDATE users SET nickname = ? WHERE id = ?", (nickname, user_id))
        await db.commit()


async def mentions_for_user(user_id: int):
    async with aiosqlite.connect(DB_PATH) as db:
        cur = await db.execute("SELECT nickname FROM users WHERE id = ?", (user_id,))
        (nickname,) = await cur.fetchone()
        cur = await db.execute(  # cg-expect: CWE-89
            "SELECT id, body FROM messages WHERE body LIKE '%@" + nickname + "%' ORDER BY id DESC LIMIT 50"
        )
        return [{"id": r[0], "body": r[1]} for r in await cur.fetchall()]
