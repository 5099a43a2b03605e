import os

from werkzeug.serving import run_simple

from webapp import create_app

application = create_app()

if __name__ == "__main__":
    run_simple("0.0.0.0", int(os.environ.get("PORT", "8080")), application, use_debugger=True, use_reloader=True)  # cg-expect: CWE-489
