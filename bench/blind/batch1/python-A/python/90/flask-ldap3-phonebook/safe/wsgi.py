import logging

from werkzeug.middleware.proxy_fix import ProxyFix

from app import app

logging.basicConfig(level=logging.INFO)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
application = app
