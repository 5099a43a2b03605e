import os

from werkzeug.serving import run_simple

from webapp import create_app

application = create_app()

if __name__ == "__main__":
    run_simple("127.0.0.1", int(os.environ.get("PORT", "8080")), application, use_debugger=False, use_reloader=False)
