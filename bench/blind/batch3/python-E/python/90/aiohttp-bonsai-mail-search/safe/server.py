from aiohttp import web
from directory import find_by_mail

async def lookup(request):
    mail = request.query.get("mail", "")
    return web.json_response({"results": await find_by_mail(mail)})

app = web.Application()
app.router.add_get("/directory", lookup)
