import json
from django.http import JsonResponse
from .prefs import PreferenceStore

def save_prefs(request):
    PreferenceStore(request.user).save(request.body.decode())
    return JsonResponse({"ok": True})

def get_prefs(request):
    return JsonResponse(PreferenceStore(request.user).load())
