from jinja2 import Environment, FileSystemLoader, select_autoescape

_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def render_page(name: str, **ctx) -> str:
    return _env.get_template(name).render(**ctx)
