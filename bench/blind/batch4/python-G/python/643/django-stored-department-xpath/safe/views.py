from django.http import JsonResponse
from .orgchart import colleagues
from .models import Profile


def my_colleagues(request):
    profile = Profile.objects.get(user=request.user)
    return JsonResponse({"department": profile.department, "people": colleagues(profile.department)})
