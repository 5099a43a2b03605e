from flask import make_response, request
from markupsafe import escape

PAGE = """<!doctype html>
<html><head><title>Not found</title></head>
<body><h1>404</h1><p>The page <code>{path}</code> does not exist.</p>
<p><a href="/">Back to the start page</a></p></body></html>"""


def register_error_handlers(app):
    @app.errorhandler(404)
    def not_found(_err):
        body = PAGE.format(path=escape(request.path))
        resp = make_response(body, 404)
        resp.headers["Content-Type"] = "text/html; charset=utf-8"
        return resp

    @app.errorhandler(500)
    def server_error(_err):
        return make_response("<h1>Something went wrong</h1>", 500)
