from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .importer import import_feed


class FeedImportForm(forms.Form):
    feed_url = forms.URLField(max_length=1000, assume_scheme="https")
    folder = forms.CharField(max_length=60, required=False)


@login_required
def add_feed(request):
    form = FeedImportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = import_feed(request.user, form.cleaned_data["feed_url"], form.cleaned_data["folder"])
        if result.ok:
            return redirect("feed-detail", pk=result.feed.pk)
        form.add_error("feed_url", f"Could not read feed: {result.error}")
    return render(request, "reader/add_feed.html", {"form": form})
