import os
import pathlib

from aiohttp import web

from app import app

STATIC_ROOT = pathlib.Path(__file__).parent / "static"


def main() -> None:
    app.router.add_static("/static/", STATIC_ROOT, show_index=False, follow_symlinks=False)
    web.run_app(app, host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8081")))


if __name__ == "__main__":
    main()
