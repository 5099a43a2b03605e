from aiohttp import web

from verify import make_token, check_token


async def send_verification(request: web.Request) -> web.Response:
    data = await request.json()
    token = make_token(data["email"])
    await request.app["mailer"].send(data["email"], f"https://app.example.com/verify?e={data['email']}&t={token}")
    return web.json_response({"sent": True})


async def verify(request: web.Request) -> web.Response:
    email, token = request.query.get("e", ""), request.query.get("t", "")
    if not check_token(email, token):
        raise web.HTTPForbidden()
    await request.app["db"].execute("UPDATE users SET verified = true WHERE email = $1", email)
    return web.json_response({"verified": True})


app = web.Application()
app.router.add_post("/verify/send", send_verification)
app.router.add_get("/verify", verify)
