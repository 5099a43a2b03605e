from django.http import JsonResponse
from .forms import ArticleForm

def create_article(request):
    form = ArticleForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    return JsonResponse({"slug": form.cleaned_data["slug"]})
