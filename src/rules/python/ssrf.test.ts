import { testRule } from "../rule-tester.js";
import rule from "./ssrf.js";

testRule(rule, {
  valid: [
    {
      name: "fixed host, input in the path",
      code: `import requests\nfrom flask import request\n\n@app.route("/user")\ndef user():\n    uid = request.args["id"]\n    return requests.get(f"https://api.example.com/users/{uid}", timeout=5).text\n`,
    },
    {
      name: "host allow-list",
      code: `import requests\nfrom flask import request\nALLOWED = {"https://a.example.com/feed", "https://b.example.com/feed"}\n\n@app.route("/feed")\ndef feed():\n    url = request.args["url"]\n    if url not in ALLOWED:\n        return "no", 400\n    return requests.get(url).text\n`,
    },
    {
      name: "constant URL",
      code: `import urllib.request\nbody = urllib.request.urlopen("https://example.com/data.json").read()\n`,
    },
  ],
  invalid: [
    {
      name: "URL from a query parameter",
      code: `import requests\nfrom flask import request\n\n@app.route("/preview")\ndef preview():\n    target = request.args.get("url")\n    resp = requests.get(target, timeout=3)\n    return resp.text[:200]\n`,
      lines: [7],
    },
    {
      name: "urlopen and httpx with a host from a form",
      code: `import httpx\nfrom urllib.request import urlopen\n\ndef check(request):\n    host = request.POST["host"]\n    urlopen("http://" + host + "/health")\n    httpx.post(url="https://" + host + "/hook", json={})\n`,
      lines: [6, 7],
    },
  ],
});
