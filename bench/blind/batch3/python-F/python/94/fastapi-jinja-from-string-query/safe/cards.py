from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default_for_string=True))
_CARD = _env.from_string("<div class='card'><h2>{{ greeting }}</h2><p>Dear {{ recipient }}</p></div>")


def render_card(greeting: str, recipient: str) -> str:
    return _CARD.render(greeting=greeting, recipient=recipient)
