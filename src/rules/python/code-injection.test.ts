import { testRule } from "../rule-tester.js";
import rule from "./code-injection.js";

testRule(rule, {
  valid: [
    {
      name: "a FastAPI route's request object is not a body model",
      code: `from fastapi import FastAPI, Request\n\napp = FastAPI()\n\n@app.post("/q")\nasync def q(request: Request):\n    return eval(request.method)\n`,
    },
    {
      name: "a user template compiled in Jinja's sandbox",
      code: `from flask import request\nfrom jinja2.sandbox import SandboxedEnvironment\n\nenv = SandboxedEnvironment()\n\n\n@app.post("/preview")\ndef preview():\n    return env.from_string(request.form["template"]).render(name="x")\n`,
    },
    {
      name: "Pillow ImageMath.eval of a constant expression",
      code: `from PIL import ImageMath\n\ndef brighten(img):\n    return ImageMath.eval("convert(a * 2, 'L')", a=img)\n`,
    },
    {
      name: "literal_eval",
      code: `import ast\nfrom flask import request\n\n@app.route("/calc")\ndef calc():\n    return str(ast.literal_eval(request.args["expr"]))\n`,
    },
    { name: "constant code", code: `exec("import this")\nvalue = eval("1 + 2")\n` },
    {
      name: "re.compile is not compile",
      code: `import re, sys\npattern = re.compile(sys.argv[1] if False else "a+")\n`,
    },
    {
      name: "operation picked from a dict",
      code: `import operator\nOPS = {"add": operator.add}\n\ndef handle(request):\n    op = request.GET["op"]\n    if op in OPS:\n        return eval("OPS['" + op + "']")\n`,
    },
  ],
  invalid: [
    {
      name: "a FastAPI body model named req: its fields are the client's text",
      code: `from fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\nclass Quote(BaseModel):\n    formula: str\n\n@app.post("/quote")\nasync def quote(req: Quote):\n    return eval(req.formula, {"__builtins__": {}}, {})\n`,
      lines: [11],
    },
    {
      name: "a helper run on a worker thread with the request's text (asyncio.to_thread)",
      code: `import asyncio\nfrom aiohttp import web\n\ndef _calc(expr):\n    return eval(expr)\n\nasync def calc(request):\n    expr = request.query["expr"]\n    return web.Response(text=str(await asyncio.to_thread(_calc, expr)))\n`,
      lines: [5],
    },
    {
      name: "a user template compiled in a plain Jinja Environment",
      code: `from flask import request\nfrom jinja2 import Environment\n\nenv = Environment(autoescape=True)\n\n\n@app.post("/preview")\ndef preview():\n    return env.from_string(request.form["template"]).render(name="x")\n`,
      lines: [9],
    },
    {
      name: "Pillow ImageMath.eval of an expression from the request",
      code: `from flask import request\nfrom PIL import Image, ImageMath\n\n@app.post("/filter")\ndef apply():\n    expr = request.form["expr"]\n    img = Image.open(request.files["img"])\n    return ImageMath.eval(expr, a=img)\n`,
      lines: [8],
    },
    {
      name: "eval of a form field after processing",
      code: `from flask import request\n\n@app.post("/calc")\ndef calc():\n    expr = request.form.get("expr", "0")\n    expr = expr.replace(" ", "")\n    result = eval(expr)\n    return {"result": result}\n`,
      lines: [7],
    },
    {
      name: "exec of a downloaded script",
      code: `import requests\n\ndef update():\n    body = requests.get("https://example.com/plugin.py").text\n    exec(body, {})\n`,
      lines: [5],
    },
    {
      name: "compile of input()",
      code: `def repl():\n    while True:\n        line = input(">>> ")\n        code = compile(line, "<stdin>", "exec")\n        exec(code)\n`,
      lines: [4, 5],
    },
    {
      name: "eval of an f-string built from an unknown parameter",
      code: `def getter(obj, field):\n    return eval(f"obj.{field}")\n`,
      lines: [2],
    },
    {
      name: "eval of request data: read as a literal, ast imported",
      code: `import json\nfrom flask import request\n\n\ndef settings():\n    return eval(request.args["filters"])\n`,
      lines: [6],
      at: [{ line: 6, column: 12, endLine: 6, endColumn: 41 }],
      output: `import ast\nimport json\nfrom flask import request\n\n\ndef settings():\n    return ast.literal_eval(request.args["filters"])\n`,
    },
    {
      name: "eval with globals is meant as code: no fix",
      code: `from flask import request\n\n\ndef calc():\n    return eval(request.args["expr"], {"__builtins__": {}})\n`,
      lines: [5],
      output: null,
    },
  ],
});
