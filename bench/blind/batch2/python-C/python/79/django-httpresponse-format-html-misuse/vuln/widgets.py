from django.utils.html import format_html


def results_heading(q: str, count: int):
    return format_html(f"<h2>{count} results for &ldquo;{q}&rdquo;</h2>")
