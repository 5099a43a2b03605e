import { defineRule } from "../define-rule.js";
import { candidates, nodeQuery } from "./dataflow/hub.js";
import { callSpec, findCalls } from "./dataflow/sinks.js";

const WHY =
  "Debug mode shows stack traces, settings and source to anyone who triggers an error, and Flask's Werkzeug debugger gives a Python console in the browser: remote code execution if it is reachable.";

const CALLS = callSpec({ hint: /debug/, methods: ["run"] });
const SETTINGS = nodeQuery(
  ["assignment"],
  "^(?:DEBUG|[\\w.]*\\.debug|[\\w.]*config\\[[\"']DEBUG[\"']\\])\\s*=\\s*True$",
  /DEBUG\s*=\s*True|\.debug\s*=\s*True|\[["']DEBUG["']\]\s*=\s*True/,
);

const SETTING_RE = /^(?:DEBUG|[\w.]*\.debug|[\w.]*config\[["']DEBUG["']\])\s*=\s*True$/;

export default defineRule(
  {
    id: "py/debug-mode",
    languages: ["python"],
    category: "security",
    severity: "high",
    confidence: 0.8,
    cwe: ["CWE-489", "CWE-215"],
    owasp: "A05:2021-Security Misconfiguration",
    title: "Debug mode enabled",
    description:
      "A Flask app runs with debug=True (app.run(debug=True), app.debug = True, app.config['DEBUG'] = True) or a Django settings file sets DEBUG = True.",
    why: WHY,
    howToFix:
      'Read the flag from the environment and default to off: DEBUG = os.environ.get("DJANGO_DEBUG") == "1"; app.run(debug=os.environ.get("FLASK_DEBUG") == "1"). Never ship a settings file with DEBUG = True to production.',
    references: [
      "https://cwe.mitre.org/data/definitions/489.html",
      "https://flask.palletsprojects.com/en/latest/debugging/",
      "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
    ],
    fixable: false,
    family: "debug-mode",
  },
  (ctx) => {
    for (const call of findCalls(ctx, CALLS)) {
      if (call.kwargs.get("debug")?.text() !== "True") continue;
      const receiver = call.node.children()[0]?.text() ?? "";
      if (!/(?:^|\.)(?:app|application|server|api|flask_app|\w+_app)\.run$/i.test(receiver)) continue;
      ctx.report({
        node: call.node,
        message: `${receiver}(debug=True) starts the app with the interactive debugger. ${WHY}`,
      });
    }
    const settingsFile = /(?:^|\/)settings(?:\/[\w-]+)?\.py$|(?:^|\/)settings_\w+\.py$/.test(ctx.file.path);
    for (const node of candidates(ctx, SETTINGS)) {
      const text = node.text();
      if (node.kind() !== "assignment" || !SETTING_RE.test(text)) continue;
      // A bare DEBUG = True only matters in a Django settings module.
      if (/^DEBUG\s*=/.test(text) && !settingsFile) continue;
      ctx.report({ node, message: `${text} turns on debug mode. ${WHY}` });
    }
  },
);
