from django.shortcuts import render, redirect
from .forms import ProfileForm


def edit_profile(request):
    form = ProfileForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.user.profile.website = form.cleaned_data["website"]
        request.user.profile.save()
        return redirect("/profile")
    return render(request, "profile_form.html", {"form": form})
