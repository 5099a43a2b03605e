import binascii

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import SavedSearch
from .search_state import decode_state, restore_state


@login_required
@require_POST
def save_search(request):
    try:
        blob = decode_state(request.POST["state"])
    except (KeyError, binascii.Error):
        return HttpResponseBadRequest("missing or malformed state")
    saved = SavedSearch.objects.create(owner=request.user, name=request.POST.get("name", "Search")[:80], state=blob)
    return JsonResponse({"id": saved.pk}, status=201)


@login_required
def open_saved_search(request, pk):
    saved = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
    state = restore_state(bytes(saved.state))
    return JsonResponse({"name": saved.name, "query": state.query, "categories": state.categories,
                         "price_max": state.price_max, "sort": state.sort})
