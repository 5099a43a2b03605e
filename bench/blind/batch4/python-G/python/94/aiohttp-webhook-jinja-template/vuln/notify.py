from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_env = Environment(autoescape=False)


def render_notification(template_source: str, event: dict) -> str:
    template = _env.from_string(template_source)  # cg-expect: CWE-94
    return template.render(event=event)
