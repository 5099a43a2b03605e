from werkzeug.serving import run_simple

from .wsgi import application


def serve(port=5000):
    run_simple("0.0.0.0", port, application, use_reloader=True, use_debugger=False)


if __name__ == "__main__":
    serve()
