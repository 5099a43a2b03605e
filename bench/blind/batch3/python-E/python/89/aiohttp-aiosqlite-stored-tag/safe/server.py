from aiohttp import web
import aiosqlite
from searches import run_saved_search

async def saved(request):
    async with aiosqlite.connect("/var/lib/notes/notes.db") as db:
        results = await run_saved_search(db, int(request.match_info["sid"]))
    return web.json_response(results)

app = web.Application()
app.router.add_get("/searches/{sid}", saved)
