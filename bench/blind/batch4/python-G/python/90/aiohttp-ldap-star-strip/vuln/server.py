import asyncio
from aiohttp import web
from ldapsearch import find_by_mail


async def lookup(request: web.Request) -> web.Response:
    mail = request.query.get("mail", "")
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, find_by_mail, mail)
    return web.json_response(result)


app = web.Application()
app.router.add_get("/directory/lookup", lookup)
