from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    logout(request)
    destination = request.GET.get("return_to", "/")
    return HttpResponseRedirect(destination)  # cg-expect: CWE-601
