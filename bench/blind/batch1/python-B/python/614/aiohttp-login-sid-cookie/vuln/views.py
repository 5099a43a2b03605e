import secrets

from aiohttp import web

from store import SessionStore, check_password

COOKIE = "sid"
MAX_AGE = 12 * 3600


class LoginView(web.View):
    async def post(self) -> web.Response:
        form = await self.request.post()
        user = await check_password(self.request.app["db"], form.get("email", ""), form.get("password", ""))
        if user is None:
            return web.json_response({"error": "invalid credentials"}, status=401)
        store: SessionStore = self.request.app["sessions"]
        sid = secrets.token_urlsafe(32)
        await store.put(sid, {"user_id": user["id"]}, ttl=MAX_AGE)
        resp = web.json_response({"ok": True})
        resp.set_cookie(COOKIE, sid, max_age=MAX_AGE, path="/")  # cg-expect: CWE-614
        return resp

    async def delete(self) -> web.Response:
        sid = self.request.cookies.get(COOKIE)
        if sid:
            await self.request.app["sessions"].drop(sid)
        resp = web.json_response({"ok": True})
        resp.del_cookie(COOKIE, path="/")
        return resp


def setup(app: web.Application) -> None:
    app.router.add_view("/session", LoginView)
