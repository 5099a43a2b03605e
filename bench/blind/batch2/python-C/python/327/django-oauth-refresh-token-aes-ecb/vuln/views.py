import requests
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from .models import LinkedAccount

TOKEN_URL = "https://calendar.example-provider.com/oauth/token"


@login_required
def oauth_callback(request):
    resp = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": request.GET["code"]}, timeout=10)
    resp.raise_for_status()
    account, _ = LinkedAccount.objects.get_or_create(user=request.user, provider="calendar")
    account.set_refresh_token(resp.json()["refresh_token"])
    account.save()
    return redirect("/settings/integrations")
