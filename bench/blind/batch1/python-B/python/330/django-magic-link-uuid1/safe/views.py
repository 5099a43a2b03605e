from django.contrib.auth import get_user_model, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View

from .magic import MagicLinkService

service = MagicLinkService()


class RequestLinkView(View):
    def post(self, request):
        email = request.POST.get("email", "").strip().lower()
        user = get_user_model().objects.filter(email=email, is_active=True).first()
        if user:
            token = service.create(user)
            service.send(user, request.build_absolute_uri(reverse("magic-login", args=[token])))
        return render(request, "magic_sent.html")


class MagicLoginView(View):
    def get(self, request, token: str):
        user_id = service.consume(token)
        if user_id is None:
            return render(request, "magic_expired.html", status=410)
        user = get_user_model().objects.get(pk=user_id)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return HttpResponseRedirect(reverse("home"))
