from django.http import HttpResponse
from django.utils.html import format_html
from .layout import page


def payment_failed(request):
    reason = request.GET.get("error", "unknown error")
    body = f"<div class='alert'>Payment failed: {reason}</div>"
    html = page("Payment", body)
    return HttpResponse(html)  # cg-expect: CWE-79
