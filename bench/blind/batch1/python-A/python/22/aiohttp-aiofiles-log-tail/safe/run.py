import hmac
import logging
import os

from aiohttp import web

from app import create_app


@web.middleware
async def ops_token(request: web.Request, handler):
    expected = os.environ["OPS_TOKEN"]
    supplied = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not hmac.compare_digest(expected, supplied):
        raise web.HTTPUnauthorized()
    return await handler(request)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app = create_app()
    app.middlewares.append(ops_token)
    web.run_app(app, host=os.environ.get("BIND", "127.0.0.1"), port=int(os.environ.get("PORT", "9100")))


if __name__ == "__main__":
    main()
