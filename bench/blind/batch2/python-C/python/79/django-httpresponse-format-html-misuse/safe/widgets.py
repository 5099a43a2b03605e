from django.utils.html import format_html


def results_heading(q: str, count: int):
    return format_html("<h2>{} results for &ldquo;{}&rdquo;</h2>", count, q)
