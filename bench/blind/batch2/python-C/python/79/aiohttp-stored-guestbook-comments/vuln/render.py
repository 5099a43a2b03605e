from html import escape


def render_comments(comments) -> str:
    items = []
    for c in comments:
        items.append(f"<li><b>{c['author']}</b>: {c['text']}</li>")
    return "<html><body><h1>Guestbook</h1><ul>" + "".join(items) + "</ul></body></html>"
