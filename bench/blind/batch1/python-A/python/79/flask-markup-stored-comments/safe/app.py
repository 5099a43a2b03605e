from flask import Flask, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from comments import Comment, db, render_comment

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:////var/lib/blog/blog.db"
db.init_app(app)


@app.post("/posts/<int:post_id>/comments")
@login_required
def add_comment(post_id: int):
    body = request.form.get("body", "").strip()
    if not body or len(body) > 5000:
        abort(400)
    db.session.add(Comment(post_id=post_id, author=current_user.display_name, body=body))
    db.session.commit()
    return redirect(url_for("show_post", post_id=post_id))


@app.get("/posts/<int:post_id>")
def show_post(post_id: int):
    comments = Comment.query.filter_by(post_id=post_id).order_by(Comment.id).all()
    rendered = [render_comment(c) for c in comments]
    return render_template("post.html", post_id=post_id, comments=rendered)
