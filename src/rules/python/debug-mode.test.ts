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
  ],
});
