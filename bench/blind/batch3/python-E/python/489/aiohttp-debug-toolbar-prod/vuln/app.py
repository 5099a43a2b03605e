import os
from aiohttp import web
import aiohttp_debugtoolbar
from routes import setup_routes

def create_app() -> web.Application:
    app = web.Application()
    setup_routes(app)
    aiohttp_debugtoolbar.setup(app, intercept_exc="debug", hosts=["0.0.0.0/0"])  # cg-expect: CWE-489
    return app

if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
