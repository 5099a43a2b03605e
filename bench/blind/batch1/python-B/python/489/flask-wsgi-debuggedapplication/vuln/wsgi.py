"""WSGI entry point used by gunicorn: `gunicorn wsgi:application`."""
import logging

from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from portal import create_app

logging.basicConfig(level=logging.INFO)

app = create_app()
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
# surface tracebacks in the browser while the new portal stabilises
application = DebuggedApplication(app, evalex=True)  # cg-expect: CWE-489
