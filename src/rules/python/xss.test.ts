import { testRule } from "../rule-tester.js";
import rule from "./xss.js";

testRule(rule, {
  valid: [
    {
      name: "templates: the template escapes the request value it is handed (|safe only on a constant)",
      code: `from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", query=q, count=3)
`,
      filename: "app.py",
      templates: [{ path: "templates/search.html", text: "<h1>{{ query }}</h1><p>{{ count|safe }}</p>" }],
    },
    {
      name: "templates: a template that prints the value raw but cannot be found is not judged",
      code: `from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", query=q, count=3)
`,
      filename: "app.py",
      templates: [{ path: "templates/other.html", text: "<h1>{{ query|safe }}</h1>" }],
    },
    {
      name: "templates: autoescape is switched back on around the value",
      code: `from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
pages = Jinja2Templates(directory="pages")


@app.get("/hello")
async def hello(request: Request, name: str):
    greeting = name.title()
    return pages.TemplateResponse("hello.jinja2", {"request": request, "greeting": greeting})
`,
      filename: "app.py",
      templates: [
        {
          path: "pages/hello.jinja2",
          text: "{% autoescape false %}{{ banner }}{% endautoescape %}<p>{{ greeting }}</p>",
        },
      ],
    },
    {
      name: "placeholders named by the request are replaced with escaped values before the text is marked safe",
      code: `from flask import request
from markupsafe import Markup, escape


@app.get("/card")
def card():
    body = str(escape(request.args.get("body", "")))
    for key, value in request.args.items():
        body = body.replace("{" + key + "}", str(escape(value)))
    return Markup(body)
`,
    },
    {
      name: "mako: text rendered by a template with the h default filter is escaped before it is marked safe",
      code: `from mako.template import Template
from markupsafe import Markup
from flask import request

CARD = Template("<div>\${body}</div>", default_filters=["h"])


@app.get("/card")
def card():
    body = Template("\${text}", default_filters=["h"]).render(text=request.args.get("t", ""))
    return CARD.render(body=Markup(body))
`,
    },
    {
      name: "flask: a page from render_template (autoescaped) wrapped in a response",
      code: `from flask import make_response, render_template, request


@app.get("/hello")
def hello():
    body = render_template("hello.html", name=request.args.get("name", ""))
    resp = make_response(body)
    resp.headers["X-Frame-Options"] = "DENY"
    return resp
`,
    },
    {
      name: "jinja: a page rendered by a helper through an autoescaping environment, then served",
      code: `from flask import Response, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("t"), autoescape=select_autoescape(["html"]))


def render_notes(notes):
    page = env.get_template("notes.html")
    return page.render(notes=notes)


@app.get("/notes")
def notes():
    return Response(render_notes(request.args.get("q", "")), mimetype="text/html")
`,
    },
    {
      name: "make_response around a redirect is not an HTML body",
      code: `from flask import make_response, redirect, request\n\n\n@app.get("/switch")\ndef switch():\n    back = "/" + request.args.get("back", "")\n    resp = make_response(redirect(back, code=303))\n    resp.set_cookie("lang", "en", secure=True)\n    return resp\n`,
    },
    {
      name: "django: a page rendered by a module-level template Engine, which autoescapes",
      code: `from django.http import HttpResponseNotFound\nfrom django.template import Context, Engine\n\nDEBUG_ENGINE = Engine(debug=True)\n\ndef not_found(request, exception):\n    t = DEBUG_ENGINE.from_string("<p>{{ path }}</p>")\n    return HttpResponseNotFound(t.render(Context({"path": request.path})), content_type="text/html")\n`,
    },
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
    {
      name: "aiohttp: text= without an HTML content type is served as text/plain",
      code: `from aiohttp import web\n\nasync def echo(request: web.Request):\n    return web.Response(text=f"<b>{request.query.get('q')}</b>")\n`,
    },
    {
      name: "aiohttp: escaped before it goes into an HTML body",
      code: `from html import escape\nfrom aiohttp import web\n\nasync def echo(request: web.Request):\n    q = escape(request.query.get("q", ""))\n    return web.Response(text=f"<b>{q}</b>", content_type="text/html")\n`,
    },
    {
      name: "django: format_html escapes what it inserts, so the tag needs no mark_safe",
      code: `from django import template\nfrom django.utils.html import format_html\n\nregister = template.Library()\n\n@register.simple_tag\ndef badge(m):\n    return format_html('<span title="{}">{}</span>', m.role, m.team.name)\n`,
    },
    {
      name: "django: an error page built from an imported constant only",
      code: `from django.http import HttpResponseNotFound\nfrom .reports import REPORTS\n\ndef run(request):\n    return HttpResponseNotFound(f"<p>Available: {', '.join(sorted(REPORTS))}</p>")\n`,
    },
    {
      name: "fastapi: Jinja environment with autoescaping, rendered as pages",
      code: `from fastapi.templating import Jinja2Templates\nfrom jinja2 import Environment, FileSystemLoader, select_autoescape\n\nenv = Environment(loader=FileSystemLoader("t"), autoescape=select_autoescape(["html"]))\ntemplates = Jinja2Templates(env=env)\n\n@app.get("/r")\nasync def page(request: Request):\n    return templates.TemplateResponse(request, "r.html", {})\n`,
    },
  ],
  invalid: [
    {
      name: "templates: render_template hands a request value to a template that prints it with |safe",
      code: `from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", query=q, count=3)
`,
      filename: "app.py",
      templates: [{ path: "templates/search.html", text: "<h1>\n{{ query|safe }}</h1>" }],
      lines: [9],
      message: "templates/search.html, which prints it unescaped on line 2",
    },
    {
      name: "templates: TemplateResponse into a Django-style autoescape-off block in the folder Jinja2Templates names",
      code: `from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
pages = Jinja2Templates(directory="pages")


@app.get("/hello")
async def hello(request: Request, name: str):
    greeting = name.title()
    return pages.TemplateResponse("hello.jinja2", {"request": request, "greeting": greeting})
`,
      filename: "app.py",
      templates: [
        {
          path: "pages/hello.jinja2",
          text: "{% autoescape off %}<p>{{ greeting }}</p>{% endautoescape %}",
        },
      ],
      lines: [11],
    },
    {
      name: "a placeholder replaced with a raw request value before the text is marked safe",
      code: `from flask import request
from markupsafe import Markup, escape


@app.get("/card")
def card():
    body = str(escape(request.args.get("body", "")))
    body = body.replace("{name}", request.args.get("name", ""))
    return Markup(body)
`,
      lines: [9],
    },
    {
      name: "mako: a template without the h filter renders request text that is then marked safe",
      code: `from mako.template import Template
from markupsafe import Markup
from flask import request


@app.get("/card")
def card():
    body = Template("<p>\${text}</p>").render(text=request.args.get("t", ""))
    return Markup(body)
`,
      lines: [9],
    },
    {
      name: "jinja: a helper renders through an environment with autoescape=False: reported at its render call",
      code: `from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("t"), autoescape=False)


def render_notes(notes):
    return env.get_template("notes.html").render(notes=notes)


@app.get("/notes")
def notes():
    return Response(render_notes(request.args.get("q", "")), mimetype="text/html")
`,
      lines: [7],
    },
    {
      name: "aiohttp: HTML response built from a header and the path",
      code: `from aiohttp import web\n\nasync def not_found(request: web.Request):\n    back = request.headers.get("Referer", "/")\n    body = f'<p>{request.path} is gone</p><a href="{back}">back</a>'\n    return web.Response(status=404, text=body, content_type="text/html")\n`,
      lines: [6],
    },
    {
      name: "django: a 404 page echoing the query string",
      code: `from django.http import HttpResponseNotFound\n\ndef run(request):\n    name = request.GET.get("name", "")\n    return HttpResponseNotFound(f"<p>No report called <code>{name}</code></p>")\n`,
      lines: [5],
    },
    {
      name: "django: a template tag marks text built from its argument safe (origin unknown: medium)",
      code: `from django import template\nfrom django.utils.safestring import mark_safe\n\nregister = template.Library()\n\n@register.simple_tag\ndef badge(m):\n    html = f'<span title="{m.role}">{m.team.name}</span>'\n    return mark_safe(html)\n`,
      lines: [9],
      severity: "medium",
    },
    {
      name: "flask: make_response of HTML from the query string, one finding for the flow",
      code: `from flask import make_response, request\n\n@app.get("/search")\ndef search():\n    q = request.args.get("q", "")\n    resp = make_response(f"<p>Nothing matched {q}</p>", 404)\n    return resp\n`,
      lines: [6],
    },
    {
      name: "fastapi: pages rendered through a Jinja environment made without autoescape",
      code: `from fastapi.templating import Jinja2Templates\nfrom jinja2 import Environment, FileSystemLoader\n\nenv = Environment(loader=FileSystemLoader("t"))\ntemplates = Jinja2Templates(env=env)\n\n@app.get("/r")\nasync def page(request: Request):\n    return templates.TemplateResponse(request, "r.html", {})\n`,
      lines: [9],
    },
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
