from django.shortcuts import get_object_or_404, redirect, render

from .forms import ProfileForm
from .models import Profile
from .rendering import render_bio


def edit_profile(request):
    profile = request.user.profile
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("profile", username=request.user.username)
    return render(request, "profiles/edit.html", {"form": form})


def public_profile(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    bio_html = render_bio(profile.bio)
    return render(request, "profiles/public.html", {"profile": profile, "bio_html": bio_html})  # cg-expect: CWE-79
