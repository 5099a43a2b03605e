def page(title: str, body: str) -> str:
    return (
        "<!doctype html><html><head><title>" + title + "</title></head>"
        "<body><main>" + str(body) + "</main>"
        "<a href='/checkout'>Try again</a></body></html>"
    )
