ARTICLES = [
    {"title": "Getting started", "url": "/docs/start"},
    {"title": "Configuring storage", "url": "/docs/storage"},
    {"title": "Troubleshooting", "url": "/docs/troubleshooting"},
]


def run_search(q: str):
    needle = q.lower().strip()
    if not needle:
        return []
    return [a for a in ARTICLES if needle in a["title"].lower()]
