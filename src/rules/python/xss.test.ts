import { testRule } from "../rule-tester.js";
import rule from "./xss.js";

testRule(rule, {
  valid: [
    {
      name: "django: a URL capture rendered through a Django template, which autoescapes",
      code: `from django.http import HttpResponse
from django.template import Engine, loader

PAGE = "<p>{{ name }}</p>"


def hello(request, name):
    try:
        page = loader.get_template("hello.html")
    except LookupError:
        page = Engine().from_string(PAGE)
    return HttpResponse(page.render({"name": name}, request))
`,
    },
    {
      name: "django: escaped with conditional_escape before mark_safe, page rendered by the template engine",
      code: `from django.http import HttpResponse
from django.template import loader
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


def card(request):
    who = request.GET.get("who", "")
    badge = mark_safe("<b>%s</b>" % conditional_escape(who))
    page = loader.render_to_string("card.html", {"who": who, "badge": badge}, request)
    return HttpResponse(page)
`,
    },
    {
      name: "escaped before concatenation",
      code: `from flask import request\nfrom markupsafe import escape\n\n@app.route("/hello")\ndef hello():\n    name = request.args.get("name", "")\n    return "<h1>Hello " + escape(name) + "</h1>"\n`,
    },
    {
      name: "template with autoescape",
      code: `from flask import request, render_template\n\n@app.route("/hello")\ndef hello():\n    return render_template("hello.html", name=request.args.get("name"))\n`,
    },
    {
      name: "JSON response",
      code: `from flask import request, Response\nimport json\n\n@app.route("/api")\ndef api():\n    return Response(json.dumps({"q": request.args["q"]}), mimetype="application/json")\n`,
    },
    {
      name: "constant markup",
      code: `from markupsafe import Markup\nBANNER = Markup("<b>Maintenance tonight</b>")\n`,
    },
    {
      name: "jinja environment with autoescaping chosen by extension",
      code: `from jinja2 import Environment, PackageLoader, select_autoescape\nviews = Environment(loader=PackageLoader("shop"), autoescape=select_autoescape(["html", "xml"]))\n`,
    },
  ],
  invalid: [
    {
      name: "django: an error view's exception is what the framework caught, not a URL capture: unknown origin, medium at most",
      code: `from django.http import HttpResponse

def technical_500_response(request, exc_type, exc_value, tb, status_code=500):
    reporter = ExceptionReporter(request, exc_type, exc_value, tb)
    html = reporter.get_traceback_html()
    return HttpResponse(html, status=status_code, content_type="text/html")
`,
      lines: [6],
      severity: "medium",
    },
    {
      name: "django view rendering through a variable that may also hold a Jinja2 template (twin of the Django-template case)",
      code: `from django.http import HttpResponse
from django.template import loader
from jinja2 import Template


def hello(request, name):
    page = loader.get_template("hello.html")
    if request.GET.get("plain"):
        page = Template("<p>{{ name }}</p>")
    return HttpResponse(page.render({"name": name}))
`,
      lines: [10],
    },
    {
      name: "django: mark_safe on the raw value (twin of the conditional_escape case)",
      code: `from django.http import HttpResponse
from django.template import loader
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


def card(request):
    who = request.GET.get("who", "")
    badge = mark_safe("<b>%s</b>" % who)
    page = loader.render_to_string("card.html", {"who": who, "badge": badge}, request)
    return HttpResponse(page)
`,
      lines: [9],
    },
    {
      name: "flask handler returns an f-string with a query parameter",
      code: `from flask import Flask, request\napp = Flask(__name__)\n\n@app.route("/search")\ndef search():\n    q = request.args.get("q", "")\n    q = q.strip()\n    return f"<p>No results for {q}</p>"\n`,
      lines: [8],
    },
    {
      name: "Markup and render_template_string",
      code: `from flask import request, render_template_string\nfrom markupsafe import Markup\n\n@app.route("/bio")\ndef bio():\n    text = request.form["bio"]\n    safe = Markup("<div>" + text + "</div>")\n    return render_template_string("<h2>Bio</h2>" + text)\n`,
      lines: [7, 8],
      cwe: "CWE-79",
    },
    {
      name: "django mark_safe and HttpResponse",
      code: `from django.http import HttpResponse\nfrom django.utils.safestring import mark_safe\n\ndef greet(request):\n    who = request.GET.get("who")\n    label = mark_safe("<em>%s</em>" % who)\n    return HttpResponse("<html><body>Hi " + who + "</body></html>")\n`,
      lines: [6, 7],
    },
    {
      name: "jinja environment and template with autoescaping off",
      code: `import jinja2\nviews = jinja2.Environment(loader=jinja2.PackageLoader("shop"), autoescape=False)\nbanner = jinja2.Template("<div>{{ text }}</div>", autoescape=False)\n`,
      lines: [2, 3],
    },
  ],
});
