from django.http import HttpResponse
from django.utils.html import escape

from .models import Book


def search(request):
    query = escape(request.GET.get("q", ""))
    count = Book.objects.filter(title__icontains=query).count()
    return HttpResponse(f"<p>{count} results for {query}</p>")
