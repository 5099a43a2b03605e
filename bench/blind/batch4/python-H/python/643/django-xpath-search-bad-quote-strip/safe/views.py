from django.http import JsonResponse

from .library import books_by_title


def search(request):
    q = request.POST.get("title", "") if request.method == "POST" else request.GET.get("title", "")
    return JsonResponse({"titles": books_by_title(q)})
