from bson import ObjectId
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("sharing", __name__)


def init_sharing(app, notes_collection):
    app.config["NOTES_COLLECTION"] = notes_collection
    app.register_blueprint(bp)


@bp.post("/notes/<note_id>/share")
@login_required
def share_note(note_id: str):
    from flask import current_app

    coll = current_app.config["NOTES_COLLECTION"]
    username = str((request.get_json(silent=True) or {}).get("username", ""))
    if not username or not ObjectId.is_valid(note_id):
        abort(400)
    res = coll.update_one({"_id": ObjectId(note_id), "owner": current_user.username},
                          {"$addToSet": {"shared_with": username}})
    if res.matched_count == 0:
        abort(404)
    return jsonify({"shared_with": username})
