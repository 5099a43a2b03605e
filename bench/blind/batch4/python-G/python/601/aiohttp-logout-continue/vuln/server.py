from aiohttp import web
from urls import local_only


async def logout(request: web.Request) -> web.Response:
    resp_target = request.query.get("continue", "/")
    target = resp_target
    exc = web.HTTPFound(location=target)
    exc.del_cookie("sid")
    raise exc  # cg-expect: CWE-601


app = web.Application()
app.router.add_get("/logout", logout)
