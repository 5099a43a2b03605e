import aiohttp_debugtoolbar
import aiohttp_jinja2
import jinja2
from aiohttp import web

from views import setup_routes


async def create_app(config: dict) -> web.Application:
    app = web.Application()
    app["config"] = config
    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader("library", "templates"), autoescape=True)
    aiohttp_debugtoolbar.setup(app, intercept_redirects=False)  # cg-expect: CWE-489
    setup_routes(app)
    return app


def main() -> None:
    import yaml

    with open("/etc/library/config.yaml") as fh:
        config = yaml.safe_load(fh)
    web.run_app(create_app(config), host=config.get("host", "0.0.0.0"), port=config.get("port", 8080))


if __name__ == "__main__":
    main()
