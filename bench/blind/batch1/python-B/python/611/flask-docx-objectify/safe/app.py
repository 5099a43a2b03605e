import zipfile

from flask import Flask, abort, render_template_string, request

from docx_text import extract_paragraphs

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024

PAGE = """
<h1>{{ title }}</h1>
{% for p in paragraphs %}<p>{{ p }}</p>{% endfor %}
"""


@app.route("/preview", methods=["POST"])
def preview():
    doc = request.files.get("document")
    if doc is None:
        abort(400)
    try:
        with zipfile.ZipFile(doc.stream) as zf:
            body = zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        abort(422)
    paragraphs = extract_paragraphs(body)
    return render_template_string(PAGE, title=doc.filename, paragraphs=paragraphs)
