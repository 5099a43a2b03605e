import aiosqlite
from aiohttp import web

DB_PATH = "/var/lib/guestbook/guestbook.db"


async def init_db(app: web.Application) -> None:
    app["db"] = await aiosqlite.connect(DB_PATH)
    app["db"].row_factory = aiosqlite.Row


async def close_db(app: web.Application) -> None:
    await app["db"].close()


async def entries_by_author(db: aiosqlite.Connection, author: str) -> list[dict]:
    query = "SELECT id, author, message, created FROM entries WHERE author = ? ORDER BY created DESC"
    async with db.execute(query, (author,)) as cursor:
        return [dict(r) for r in await cursor.fetchall()]


async def search(request: web.Request) -> web.Response:
    form = await request.post()
    author = str(form.get("author", "")).strip()
    if not author:
        raise web.HTTPBadRequest(text="author is required")
    rows = await entries_by_author(request.app["db"], author)
    return web.json_response(rows)


def build_app() -> web.Application:
    app = web.Application()
    app.on_startup.append(init_db)
    app.on_cleanup.append(close_db)
    app.router.add_post("/entries/search", search)
    return app
