import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session, new_session

from staff import authenticate_staff


@aiohttp_jinja2.template("login.html")
async def login_form(request: web.Request) -> dict:
    return {}


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    staff = await authenticate_staff(form.get("badge", ""), form.get("pin", ""))
    if staff is None:
        raise web.HTTPFound("/login?error=1")
    session = await new_session(request)
    session["staff_id"] = staff.id
    session["ward"] = staff.ward
    raise web.HTTPFound("/patients")


async def patients(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "staff_id" not in session:
        raise web.HTTPFound("/login")
    return aiohttp_jinja2.render_template("patients.html", request, {"ward": session["ward"]})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login)
    app.router.add_get("/patients", patients)
