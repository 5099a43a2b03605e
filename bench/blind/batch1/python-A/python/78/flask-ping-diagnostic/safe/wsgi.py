import os

from werkzeug.middleware.proxy_fix import ProxyFix

from app import create_app

application = create_app()
application.config["MAX_CONTENT_LENGTH"] = 1024 * 1024
# deployed behind one nginx hop
application.wsgi_app = ProxyFix(application.wsgi_app, x_for=1, x_proto=1)

if os.environ.get("DIAG_REQUIRE_VPN", "1") == "1":
    @application.before_request
    def only_from_vpn():
        from flask import abort, request
        if not (request.remote_addr or "").startswith("10.8."):
            abort(403)
