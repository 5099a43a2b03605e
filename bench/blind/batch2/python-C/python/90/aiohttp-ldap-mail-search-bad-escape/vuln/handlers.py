from aiohttp import web

from people import search_by_mail


async def find_by_mail(request: web.Request) -> web.Response:
    mail = request.query.get("mail", "").strip()
    if "@" not in mail:
        raise web.HTTPBadRequest(text="mail must contain @")
    people = await search_by_mail(request.app["ldap"], mail)
    return web.json_response({"people": people})


def setup(app: web.Application) -> None:
    app.router.add_get("/people/by-mail", find_by_mail)
