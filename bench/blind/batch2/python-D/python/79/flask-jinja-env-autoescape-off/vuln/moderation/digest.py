from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("moderation/templates"),
    autoescape=False,
    trim_blocks=True,
)


def render_digest(comments) -> str:
    template = env.get_template("digest.html")
    return template.render(comments=comments, total=len(comments))  # cg-expect: CWE-79
