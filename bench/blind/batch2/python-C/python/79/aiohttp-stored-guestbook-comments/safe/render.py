from html import escape


def render_comments(comments) -> str:
    items = []
    for c in comments:
        items.append(f"<li><b>{escape(c['author'])}</b>: {escape(c['text'])}</li>")
    return "<html><body><h1>Guestbook</h1><ul>" + "".join(items) + "</ul></body></html>"
