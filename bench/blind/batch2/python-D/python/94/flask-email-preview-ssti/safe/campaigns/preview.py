from flask import render_template_string
from markupsafe import Markup, escape

LAYOUT = "<h1>{{ subject }}</h1><div class='body'>{{ body }}</div>"


def render_preview(subject, body, user):
    context = {"first_name": user.first_name, "company": user.company_name}
    body = str(escape(body))
    for key, value in context.items():
        body = body.replace("{" + key + "}", str(escape(value)))
    rendered_body = render_template_string("{{ text }}", text=Markup(body))
    return Markup(render_template_string(LAYOUT, subject=subject, body=Markup(rendered_body)))
