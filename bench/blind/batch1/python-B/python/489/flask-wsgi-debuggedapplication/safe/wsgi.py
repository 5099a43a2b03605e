"""WSGI entry point used by gunicorn: `gunicorn wsgi:application`."""
import logging
import os

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from portal import create_app

logging.basicConfig(level=logging.INFO)

app = create_app()
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
application = app
# the interactive debugger is only ever wired up on a developer laptop
if os.environ.get("PORTAL_ENV") == "local":
    application = DebuggedApplication(app, evalex=True)
