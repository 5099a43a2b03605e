from django.shortcuts import redirect


def switch_language(request):
    lang = request.POST.get("language", "en")
    request.session["lang"] = lang if lang in ("en", "fr", "de") else "en"
    back = request.META.get("HTTP_REFERER") or request.POST.get("back")
    return redirect(back)  # cg-expect: CWE-601
