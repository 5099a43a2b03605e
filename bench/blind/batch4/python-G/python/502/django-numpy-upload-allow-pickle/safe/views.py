from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .datasets import summarize_upload


@require_POST
def upload_dataset(request):
    f = request.FILES.get("dataset")
    if f is None or not f.name.endswith(".npy"):
        return JsonResponse({"error": "need a .npy file"}, status=400)
    return JsonResponse(summarize_upload(f))
