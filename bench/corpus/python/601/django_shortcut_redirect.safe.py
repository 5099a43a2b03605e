from django.shortcuts import redirect


def switch_language(request):
    lang = request.POST.get("language", "en")
    request.session["lang"] = lang if lang in ("en", "fr", "de") else "en"
    back = "home"
    return redirect(back)
