from django.http import HttpResponse

from .models import Book


def search(request):
    query = request.GET.get("q", "")
    count = Book.objects.filter(title__icontains=query).count()
    return HttpResponse(f"<p>{count} results for {query}</p>")  # cg-expect: CWE-79
