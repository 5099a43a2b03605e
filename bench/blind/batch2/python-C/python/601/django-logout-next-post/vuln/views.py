from django.contrib.auth import logout
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .nav import post_logout_target


@require_POST
def logout_view(request):
    target = post_logout_target(request)
    logout(request)
    return redirect(target)  # cg-expect: CWE-601
