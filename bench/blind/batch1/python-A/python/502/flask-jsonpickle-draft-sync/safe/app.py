import json

from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from drafts import Draft, save_draft

app = Flask(__name__)


@app.put("/drafts/<draft_id>")
@login_required
def sync_draft(draft_id: str):
    """The desktop editor posts its Draft as plain JSON: {"title", "body", "tags"}."""
    try:
        data = json.loads(request.get_data(as_text=True))
        draft = Draft(title=str(data["title"]), body=str(data["body"]),
                      tags=[str(t) for t in data.get("tags", [])])
    except (ValueError, KeyError, TypeError):
        return jsonify({"error": "unexpected payload"}), 400
    draft.id = draft_id
    draft.owner_id = current_user.id
    save_draft(draft)
    return jsonify({"id": draft.id, "words": len(draft.body.split())})
