from flask import Flask
from redis import Redis

from .session_store import RedisSessionInterface


def create_app() -> Flask:
    app = Flask(__name__)
    app.session_interface = RedisSessionInterface(Redis.from_url("redis://cache:6379/0"))
    return app
