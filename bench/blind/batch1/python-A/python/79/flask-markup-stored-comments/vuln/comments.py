from flask_sqlalchemy import SQLAlchemy
from markupsafe import Markup

db = SQLAlchemy()


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    post_id = db.Column(db.Integer, index=True)
    author = db.Column(db.String(80))
    body = db.Column(db.Text)


def render_comment(comment: Comment) -> Markup:
    """Pre-render a comment so the template can drop it in as-is (keeps line breaks)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in comment.body.splitlines() if line.strip())
    return Markup(f'<article class="comment"><h4>{comment.author}</h4>{paragraphs}</article>')  # cg-expect: CWE-79
