from aiohttp import web
from repo import NotesRepo

repo = NotesRepo("notes.db")


async def list_notes(request: web.Request) -> web.Response:
    tenant = request.headers.get("X-Tenant", "public")
    notes = await repo.for_tenant(tenant)
    return web.json_response(notes)


app = web.Application()
app.router.add_get("/notes", list_notes)
