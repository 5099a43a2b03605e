import { testRule } from "../rule-tester.js";
import rule from "./redos.js";

testRule(rule, {
  valid: [
    {
      name: "simple patterns",
      code: `import re\nEMAIL = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$")\nre.match(r"(ab)+c", s)\nre.search("a{1,3}(b|c)?", t)\n`,
    },
    {
      name: "user text escaped",
      code: `import re\nfrom flask import request\n\n@app.route("/find")\ndef find():\n    term = re.escape(request.args["q"])\n    return str(re.findall(term, DOC))\n`,
    },
    {
      name: "repeated groups split by a character nothing else in them matches",
      code: `import re\nTAGS = re.compile(r"^#\\w+(,#\\w+)*$")\nPAIRS = re.compile(r"^(\\w+:[^\\s,]+ )*\\w+:[^\\s,]+$")\nWORDS = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")\n`,
    },
    {
      name: "words separated by required whitespace: each repetition starts where a run of spaces does",
      code: `import re\nPLAIN = re.compile(r"^\\w+(?:\\s+\\w+)*\\s*$")\n\ndef plain(text):\n    return PLAIN.match(text) is not None\n`,
    },
    {
      name: "django RegexValidator with an unambiguous pattern",
      code: `from django.core.validators import RegexValidator\nname = RegexValidator(regex=r"^[A-Za-z]+(?: [A-Za-z]+)*$")\n`,
    },
  ],
  invalid: [
    {
      name: "a compiled pattern is reported where it runs on a string",
      code: `import re\nSLUG = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]+$")\n\ndef clean(slug):\n    if SLUG.match(slug) is None:\n        return None\n    return slug\n`,
      lines: [5],
    },
    {
      name: "a pattern kept in a module constant and passed to re.match",
      code: `import re\nEMAIL = r"^([a-zA-Z0-9_.-]+)+@example\\.com$"\n\ndef ok(v):\n    return re.match(EMAIL, v) is not None\n`,
      lines: [5],
    },
    {
      name: "django RegexValidator whose pattern nests repeats",
      code: `from django.core.validators import RegexValidator\nname = RegexValidator(  # why\n    regex=r"^([A-Za-z]+\\s?)+$",\n)\n`,
      lines: [2],
    },
    {
      name: "a path group whose class also matches the delimiter",
      code: `import re\nURL = re.compile(r"^https?://[\\w.-]+(/[\\w\\-./?%&=]*)*$")\n`,
      lines: [2],
    },
    {
      name: "nested quantifiers",
      code: `import re\nVALID = re.compile(r"^(a+)+$")\nre.match("(.*)*x", s)\nre.fullmatch(r"(\\w+\\s?)*$", name)\n`,
      lines: [2, 3, 4],
    },
    {
      name: "repeated groups whose separator another part can also match",
      code: `import re\nPAIRS = re.compile(r"^(\\w+\\s*:\\s*\\S+\\s*)+$")\nWORDS = re.compile(r"^([A-Za-z]+ ?)+$")\n`,
      lines: [2, 3],
    },
    {
      name: "pattern from the request",
      code: `import re\nfrom flask import request\n\n@app.route("/grep")\ndef grep():\n    pattern = request.args.get("re")\n    return str(re.search(pattern, LOG))\n`,
      lines: [7],
    },
  ],
});
