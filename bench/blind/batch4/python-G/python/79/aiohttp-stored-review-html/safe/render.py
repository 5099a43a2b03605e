from html import escape


def review_list_html(rows) -> str:
    items = []
    for r in rows:
        items.append(f"<li><strong>{escape(r['title'])}</strong> ({int(r['stars'])}/5)</li>")
    return "<!doctype html><h1>Reviews</h1><ul>" + "".join(items) + "</ul>"
