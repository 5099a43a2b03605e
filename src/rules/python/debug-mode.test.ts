import { testRule } from "../rule-tester.js";
import rule from "./debug-mode.js";

testRule(rule, {
  valid: [
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
  ],
  invalid: [
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
