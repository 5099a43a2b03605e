LINKS = [("/", "Home"), ("/orders", "Orders"), ("/settings", "Settings")]


def nav_bar() -> str:
    items = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in LINKS)
    return f"<nav><ul>{items}</ul></nav>"
