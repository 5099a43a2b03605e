from django.http import HttpResponse
from django.utils.html import format_html
from .layout import page


def payment_failed(request):
    reason = request.GET.get("error", "unknown error")
    body = format_html("<div class='alert'>Payment failed: {}</div>", reason)
    html = page("Payment", body)
    return HttpResponse(html)
