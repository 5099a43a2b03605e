from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates/email"), autoescape=select_autoescape(["html"]))


def build_campaign_preview(campaign_id: int, subject: str, name: str) -> dict:
    context = {"name": name, "campaign_id": campaign_id}
    rendered_subject = env.from_string(subject).render(**context)  # cg-expect: CWE-94
    body = env.get_template("campaign.html").render(subject=rendered_subject, **context)
    return {"subject": rendered_subject, "html": body}
