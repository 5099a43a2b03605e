from django.http import JsonResponse
from django.views import View
from .xmlstore import XmlUserStore

store = XmlUserStore("/srv/legacy/users.xml")

class LegacyLogin(View):
    def post(self, request):
        user = store.find(request.POST.get("username", ""), request.POST.get("password", ""))
        return JsonResponse({"ok": user is not None})
