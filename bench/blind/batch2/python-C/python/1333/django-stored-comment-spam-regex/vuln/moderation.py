import re

from .models import Comment

SPAM_LINK_RE = re.compile(r"(\w+\s?)+\.(ru|cn)$", re.IGNORECASE)
MAX_SCAN = 5000


class SpamScanner:
    def __init__(self, threshold: int = 1):
        self.threshold = threshold

    def is_spam(self, text: str) -> bool:
        return SPAM_LINK_RE.search(text) is not None  # cg-expect: CWE-1333

    def scan_pending(self) -> int:
        flagged = 0
        for comment in Comment.objects.filter(status="pending").iterator():
            if self.is_spam(comment.body):
                comment.status = "spam"
                flagged += 1
            else:
                comment.status = "approved"
            comment.save(update_fields=["status"])
        return flagged
