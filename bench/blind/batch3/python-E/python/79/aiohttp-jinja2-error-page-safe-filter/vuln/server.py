import aiohttp_jinja2
import jinja2
from aiohttp import web
from messages import flash_html

async def error_page(request):
    msg = request.query.get("msg", "Something went wrong")
    return aiohttp_jinja2.render_template("error.html", request, {"message": flash_html(msg)})  # cg-expect: CWE-79

app = web.Application()
aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=True)
app.router.add_get("/error", error_page)
