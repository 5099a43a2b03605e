from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .mongo import shared_with


@login_required
def shared_documents(request, username):
    docs = shared_with(username, viewer_id=request.user.pk)
    return JsonResponse({"owner": username, "documents": docs})
