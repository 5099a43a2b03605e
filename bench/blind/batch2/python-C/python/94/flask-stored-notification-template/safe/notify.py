from flask import render_template_string
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=True)


def render_notification(template_source: str, **context) -> str:
    return _sandbox.from_string(template_source).render(**context)
