from jinja2 import Environment, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

env = Environment(autoescape=select_autoescape())


def render_greeting(template_src: str, name: str) -> str:
    tmpl = env.from_string(template_src)  # cg-expect: CWE-94
    return tmpl.render(name=name)
