from aiohttp import web
from redirects import safe_continue

async def sso_done(request):
    target = safe_continue(request.query.get("continue", "/"))
    raise web.HTTPFound(target)  # cg-expect: CWE-601

app = web.Application()
app.router.add_get("/sso/done", sso_done)
