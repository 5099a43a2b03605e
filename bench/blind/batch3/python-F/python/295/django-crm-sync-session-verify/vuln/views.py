from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .crm import CrmClient

_crm = CrmClient()


@require_POST
def contact_us(request):
    cid = _crm.upsert_contact(
        request.POST["email"], request.POST.get("name", ""), request.POST.get("phone", "")
    )
    return JsonResponse({"contact": cid})
