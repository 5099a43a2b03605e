from django import forms
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .models import Mirror
from .sync import sync_mirror


class MirrorForm(forms.ModelForm):
    class Meta:
        model = Mirror
        fields = ["name", "upstream_url"]


@login_required
def create_mirror(request):
    form = MirrorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        mirror = form.save(commit=False)
        mirror.owner = request.user
        mirror.save()
        return redirect("mirror-list")
    return render(request, "mirrors/new.html", {"form": form})


@login_required
@require_POST
def sync_now(request, pk):
    mirror = get_object_or_404(Mirror, pk=pk, owner=request.user)
    ok = sync_mirror(mirror)
    return JsonResponse({"ok": ok, "status": mirror.last_status})
