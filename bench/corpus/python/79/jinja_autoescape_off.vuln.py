from jinja2 import Environment, FileSystemLoader
from werkzeug.wrappers import Request, Response

env = Environment(loader=FileSystemLoader("templates"), autoescape=False)  # cg-expect: CWE-79


@Request.application
def application(request):
    template = env.get_template("search.html")
    query = request.args.get("q", "")
    return Response(template.render(query=query), mimetype="text/html")
