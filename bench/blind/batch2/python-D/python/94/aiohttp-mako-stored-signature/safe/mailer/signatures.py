from mako.template import Template
from markupsafe import Markup

WRAPPER = Template("<div class='sig'>${body}</div>", default_filters=["h"])


def render_signature(saved: str, name: str, title: str) -> str:
    text = saved.replace("{name}", name).replace("{title}", title)
    body = Template("${text}", default_filters=["h"]).render(text=text)
    return WRAPPER.render(body=Markup(body))
