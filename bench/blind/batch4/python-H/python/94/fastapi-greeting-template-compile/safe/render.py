from jinja2 import Environment, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

env = SandboxedEnvironment(autoescape=True)


def render_greeting(template_src: str, name: str) -> str:
    tmpl = env.from_string(template_src)
    return tmpl.render(name=name)
