from aiohttp import web
from tokens import TokenService

svc = TokenService()


async def create_token(request: web.Request) -> web.Response:
    user = request.headers.get("X-Authenticated-User")
    if not user:
        raise web.HTTPUnauthorized()
    body = await request.json()
    token = await svc.issue(user, str(body.get("label", "default"))[:40])
    return web.json_response({"token": token}, status=201)


app = web.Application()
app.router.add_post("/me/tokens", create_token)
