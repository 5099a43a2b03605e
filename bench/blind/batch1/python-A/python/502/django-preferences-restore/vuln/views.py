from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .backup import export_preferences, import_preferences
from .models import Preferences


@login_required
def preferences_backup(request):
    prefs, _ = Preferences.objects.get_or_create(user=request.user)
    if request.method == "POST" and "backup" in request.FILES:
        try:
            import_preferences(prefs, request.FILES["backup"])
        except (ValueError, KeyError) as exc:
            messages.error(request, f"Could not restore backup: {exc}")
        else:
            messages.success(request, "Preferences restored.")
        return redirect("preferences-backup")
    return render(request, "settings/backup.html", {"download": export_preferences(prefs)})
