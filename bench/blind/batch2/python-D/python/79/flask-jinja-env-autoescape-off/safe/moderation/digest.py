from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("moderation/templates"),
    autoescape=select_autoescape(["html", "xml"], default=True),
    trim_blocks=True,
)


def render_digest(comments) -> str:
    template = env.get_template("digest.html")
    return template.render(comments=comments, total=len(comments))
