import { testRule } from "../rule-tester.js";
import rule from "./tls-verification-disabled.js";

testRule(rule, {
  valid: [
    {
      name: "default verification",
      code: `import requests\nr = requests.get("https://api.example.com", timeout=5)\n`,
    },
    {
      name: "custom CA bundle",
      code: `import requests\nr = requests.post(url, json=data, verify="/etc/ssl/internal-ca.pem")\n`,
    },
    { name: "verify=True", code: `import httpx\nclient = httpx.Client(verify=True)\n` },
    {
      name: "default context",
      code: `import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = True\n`,
    },
  ],
  invalid: [
    {
      name: "a multi-line client construction is reported from the call's first line",
      code: `import httpx\n\nasync def client():\n    async with httpx.AsyncClient(\n        timeout=5.0,\n        verify=False,\n    ) as c:\n        yield c\n`,
      lines: [4],
    },
    {
      name: "a requests Session told not to verify",
      code: `import requests\n\nclass Gateway:\n    def __init__(self):\n        self.http = requests.Session()\n        self.http.verify = False\n`,
      lines: [6],
    },
    {
      name: "requests with verify=False",
      code: `import requests\n\ndef fetch(url):\n    resp = requests.get(url, timeout=10, verify=False)\n    return resp.json()\n`,
      lines: [4],
      at: [{ line: 4, column: 42, endLine: 4, endColumn: 54 }],
      output:
        "import requests\n\ndef fetch(url):\n    resp = requests.get(url, timeout=10, verify=True)\n    return resp.json()\n",
    },
    {
      name: "unverified context installed globally",
      code: `import ssl\nssl._create_default_https_context = ssl._create_unverified_context\n`,
      lines: [2],
    },
    {
      name: "context with checks switched off",
      code: `import ssl\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n`,
      lines: [3, 4],
    },
    {
      name: "httpx client and aiohttp",
      code: `import httpx\nc = httpx.AsyncClient(verify=False)\nasync def go(s):\n    return await s.get(u, ssl=False)\n`,
      lines: [2, 4],
    },
  ],
});
