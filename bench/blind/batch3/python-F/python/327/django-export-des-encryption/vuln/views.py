from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .crypto_utils import encrypt_field
from .models import Customer


@require_POST
def register_customer(request):
    customer = Customer.objects.create(
        name=request.POST["name"],
        national_id_enc=encrypt_field(request.POST["national_id"]),
    )
    return JsonResponse({"id": customer.pk}, status=201)
