from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

_env = SandboxedEnvironment(autoescape=False)


def render_notification(template_source: str, event: dict) -> str:
    template = _env.from_string(template_source)
    return template.render(event=event)
