from django.shortcuts import get_object_or_404, render
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

from .models import Profile


def public_profile(request, username):
    profile = get_object_or_404(Profile.objects.select_related("user"), user__username=username)
    context = {
        "profile": profile,
        "bio_html": mark_safe(profile.bio.replace("\n", "<br>")),  # cg-expect: CWE-79
    }
    return render(request, "profiles/public.html", context)
