from jinja2 import Environment, FileSystemLoader, select_autoescape

_env = Environment(loader=FileSystemLoader("templates"), autoescape=False)


def render_page(name: str, **ctx) -> str:
    return _env.get_template(name).render(**ctx)  # cg-expect: CWE-79
