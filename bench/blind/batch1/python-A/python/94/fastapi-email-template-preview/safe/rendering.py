from jinja2 import StrictUndefined, TemplateSyntaxError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

# Marketing users write their own campaign templates in Jinja syntax, so they are
# compiled in the sandbox, which blocks access to unsafe attributes and callables.
_env = SandboxedEnvironment(autoescape=select_autoescape(default=True), undefined=StrictUndefined)
_env.filters["initial"] = lambda s: (s or "")[:1].upper()


def render_preview(source: str, context: dict) -> str:
    try:
        template = _env.from_string(source)
    except TemplateSyntaxError as exc:
        return f"[template error on line {exc.lineno}: {exc.message}]"
    return template.render(**context)
