from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .policies import PolicyBook

_book = PolicyBook("/srv/policies/policies.xml")


@require_POST
def policies_for_department(request):
    titles = _book.titles_for(request.POST.get("department", ""))
    return JsonResponse({"titles": titles})
