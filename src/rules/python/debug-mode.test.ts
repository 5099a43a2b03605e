import { testRule } from "../rule-tester.js";
import rule from "./debug-mode.js";

testRule(rule, {
  valid: [
    {
      name: "the toolbar shown to everyone only inside if DEBUG, with DEBUG read from the environment",
      code: `import os\n\nDEBUG = os.environ.get("DJANGO_ENV") == "development"\nINSTALLED_APPS = []\n\nif DEBUG:\n    INSTALLED_APPS.append("debug_toolbar")\n    DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: True}\n`,
    },
    {
      name: "Werkzeug debugger only when the operator's environment asks for it, aiohttp application with debug off",
      code: `import os\n\nfrom aiohttp import web\nfrom werkzeug.debug import DebuggedApplication\n\nfrom ledger import build_app\n\nwsgi = build_app()\nif os.getenv("LEDGER_DEV_CONSOLE") == "yes":\n    wsgi = DebuggedApplication(wsgi, evalex=True)\n\n\ndef make_api():\n    return web.Application(debug=False, client_max_size=2**20)\n`,
    },
    {
      name: "debug from the environment",
      code: `import os\nif __name__ == "__main__":\n    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")\n`,
    },
    { name: "DEBUG = True outside a settings module", code: `DEBUG = True\n`, filename: "tools/verbose.py" },
    { name: "debug False in settings", code: `DEBUG = False\n`, filename: "mysite/settings.py" },
    {
      name: "Django-style config module that only turns DEBUG on inside a helper",
      code: `ROOT_URLCONF = "portal.urls"\nDEBUG = False\n\n\ndef enable_for_tests():\n    DEBUG = True\n    return DEBUG\n`,
      filename: "portal/conf/base.py",
    },
    {
      name: "ASGI app and dev server with the debugger off",
      code: `from fastapi import FastAPI\nfrom werkzeug.serving import run_simple\n\nservice = FastAPI(title="billing", debug=False)\nrun_simple("127.0.0.1", 8000, wsgi_app, use_debugger=False, use_reloader=True)\n`,
    },
    {
      name: "flask: DEBUG = True in the development configuration class",
      code: `class Config:\n    TESTING = False\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n`,
      filename: "app/settings.py",
    },
    {
      name: "aiohttp: the debug toolbar only when the operator asks for it",
      code: `import os\nimport aiohttp_debugtoolbar\nfrom aiohttp import web\n\ndef create_app():\n    app = web.Application()\n    if os.environ.get("DEBUG_TOOLBAR") == "1":\n        aiohttp_debugtoolbar.setup(app)\n    return app\n`,
    },
    {
      name: "aiomonitor on the loopback address",
      code: `import aiomonitor\n\nasync def main(loop):\n    with aiomonitor.start_monitor(loop, host="127.0.0.1", port=20101):\n        await serve()\n`,
    },
    {
      name: "django-debug-toolbar shown only to internal addresses",
      code: `DEBUG_TOOLBAR_CONFIG = {\n    "SHOW_TOOLBAR_CALLBACK": lambda request: request.META.get("REMOTE_ADDR") in INTERNAL_IPS,\n}\n`,
    },
  ],
  invalid: [
    {
      name: "the toolbar shown to everyone under a switch that is not the DEBUG flag",
      code: `PROFILING = True\n\nif PROFILING:\n    DEBUG_TOOLBAR_CONFIG = {"SHOW_TOOLBAR_CALLBACK": lambda request: True}\n`,
      lines: [4],
    },
    {
      name: "flask: DEBUG = True in the production configuration class",
      code: `class Config:\n    TESTING = False\n\nclass Production(Config):\n    DEBUG = True\n`,
      filename: "app/settings.py",
      lines: [5],
    },
    {
      name: "aiohttp: the debug toolbar set up in the app factory",
      code: `import aiohttp_debugtoolbar\nfrom aiohttp import web\n\ndef create_app():\n    app = web.Application()\n    aiohttp_debugtoolbar.setup(app, intercept_redirects=False)\n    return app\n`,
      lines: [6],
    },
    {
      name: "aiomonitor console on every interface",
      code: `import aiomonitor\n\nasync def main(loop):\n    with aiomonitor.start_monitor(loop, host="0.0.0.0", port=20101):\n        await serve()\n`,
      lines: [4],
    },
    {
      name: "django-debug-toolbar shown to every request",
      code: `DEBUG_TOOLBAR_CONFIG = {\n    "SHOW_TOOLBAR_CALLBACK": lambda request: True,\n}\n`,
      lines: [2],
    },
    {
      name: "Werkzeug debugger console round a WSGI app, aiohttp application in debug mode",
      code: `from aiohttp import web\nfrom werkzeug.debug import DebuggedApplication\n\nfrom ledger import build_app\n\nwsgi = DebuggedApplication(build_app(), evalex=True)\n\n\ndef make_api():\n    return web.Application(debug=True, client_max_size=2**20)\n`,
      lines: [6, 10],
      at: [
        { line: 6, column: 8, endLine: 6, endColumn: 53 },
        { line: 10, column: 12, endLine: 10, endColumn: 62 },
      ],
      output:
        "from aiohttp import web\nfrom werkzeug.debug import DebuggedApplication\n\nfrom ledger import build_app\n\nwsgi = DebuggedApplication(build_app(), evalex=True)\n\n\ndef make_api():\n    return web.Application(debug=False, client_max_size=2**20)\n",
    },
    {
      name: "app.run(debug=True)",
      code: `from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000, debug=True)\n`,
      lines: [5],
    },
    {
      name: "Django settings and Flask config",
      code: `DEBUG = True\napp.config["DEBUG"] = True\n`,
      lines: [1, 2],
      filename: "mysite/settings.py",
    },
    {
      name: "DEBUG = True in a Django settings module with another name",
      code: `SECRET_KEY = get_secret()\nDEBUG = True\nINSTALLED_APPS = ["django.contrib.admin", "portal"]\n`,
      lines: [2],
      filename: "portal/conf/production.py",
    },
    {
      name: "FastAPI / Starlette debug and run_simple with the debugger",
      code: `from fastapi import FastAPI\nfrom starlette.applications import Starlette\nfrom werkzeug import serving\n\nservice = FastAPI(title="billing", debug=True)\nadmin = Starlette(routes=routes, debug=True)\nserving.run_simple("0.0.0.0", 8000, wsgi_app, use_debugger=True)\n`,
      lines: [5, 6, 7],
    },
  ],
});
