import hashlib
import hmac
from django.conf import settings
from .models import ApiToken

class TokenStore:
    def digest(self, token: str) -> str:
        return hmac.new(settings.TOKEN_PEPPER.encode(), token.encode(), hashlib.sha256).hexdigest()

    def user_for(self, token: str):
        if not token:
            return None
        row = ApiToken.objects.filter(digest=self.digest(token)).select_related("user").first()
        return row.user if row else None
