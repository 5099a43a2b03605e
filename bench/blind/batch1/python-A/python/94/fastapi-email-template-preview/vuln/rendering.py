from jinja2 import Environment, StrictUndefined, TemplateSyntaxError, select_autoescape

# Marketing users write their own campaign templates in Jinja syntax.
_env = Environment(autoescape=select_autoescape(default=True), undefined=StrictUndefined)
_env.filters["initial"] = lambda s: (s or "")[:1].upper()


def render_preview(source: str, context: dict) -> str:
    try:
        template = _env.from_string(source)  # cg-expect: CWE-94
    except TemplateSyntaxError as exc:
        return f"[template error on line {exc.lineno}: {exc.message}]"
    return template.render(**context)
