from django.http import JsonResponse
from .models import Task
from .sorting import make_sort_key

def tasks(request):
    key = make_sort_key(request.GET.get("key", "priority"))
    items = sorted(Task.objects.filter(owner=request.user), key=key)
    return JsonResponse({"tasks": [t.title for t in items]})
