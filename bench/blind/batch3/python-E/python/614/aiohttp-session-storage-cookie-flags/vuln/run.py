from aiohttp import web
from server import make_app

if __name__ == "__main__":
    web.run_app(make_app(), port=8080)
