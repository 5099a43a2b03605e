from django.http import JsonResponse
from .geocode import geocode

def lookup(request):
    return JsonResponse(geocode(request.GET.get("address", "")))
