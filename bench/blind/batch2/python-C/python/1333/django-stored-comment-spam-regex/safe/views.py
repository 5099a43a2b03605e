from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Comment
from .moderation import SpamScanner


@require_POST
def post_comment(request, article_id):
    body = request.POST.get("body", "")[:20000]
    Comment.objects.create(article_id=article_id, body=body, status="pending")
    return JsonResponse({"queued": True}, status=202)


@staff_member_required
@require_POST
def run_moderation(request):
    flagged = SpamScanner().scan_pending()
    return JsonResponse({"flagged": flagged})
