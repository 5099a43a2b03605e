from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .directory import Directory
from .models import EmployeeProfile


@login_required
def my_chain(request):
    profile = get_object_or_404(EmployeeProfile, user=request.user)
    manager = Directory().person(profile.manager_uid) if profile.manager_uid else None
    return render(request, "orgchart/chain.html", {"profile": profile, "manager": manager})
