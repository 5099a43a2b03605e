from mako.template import Template
from markupsafe import Markup

WRAPPER = Template("<div class='sig'>${body}</div>", default_filters=["h"])


def render_signature(saved: str, name: str, title: str) -> str:
    body = Template(saved, default_filters=["h"]).render(name=name, title=title)  # cg-expect: CWE-94
    return WRAPPER.render(body=Markup(body))
