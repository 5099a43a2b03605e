from flask import render_template_string
from jinja2.sandbox import SandboxedEnvironment

_sandbox = SandboxedEnvironment(autoescape=True)


def render_notification(template_source: str, **context) -> str:
    return render_template_string(template_source, **context)  # cg-expect: CWE-94
