from flask import Flask, request, render_template_string
from cards import card_frame

app = Flask(__name__)


@app.post("/cards/preview")
def preview_card():
    message = request.form.get("message", "")[:500]
    recipient = request.form.get("recipient", "friend")[:80]
    source = card_frame("<p>Dear {{ recipient }},</p><p>{{ message }}</p>")
    return render_template_string(source, recipient=recipient, message=message)
