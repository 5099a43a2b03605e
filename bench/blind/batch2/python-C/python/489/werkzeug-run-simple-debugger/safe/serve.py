import os

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.serving import run_simple

from shop import create_app

app = create_app()
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

if __name__ == "__main__":
    run_simple(
        "0.0.0.0",
        int(os.environ.get("PORT", "8000")),
        app,
        use_debugger=False,
        use_reloader=False,
        threaded=True,
    )
