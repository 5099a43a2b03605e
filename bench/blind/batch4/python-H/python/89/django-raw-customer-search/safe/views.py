from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Customer


@login_required
def search(request):
    name = request.GET.get("name", "")
    rows = Customer.objects.search_name(name)
    return JsonResponse({"results": [{"id": c.id, "name": c.name} for c in rows]})
