from django.contrib.auth.views import LoginView
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


class ShopLoginView(LoginView):
    template_name = "accounts/login.html"

    def form_valid(self, form):
        super().form_valid(form)
        next_url = self.request.POST.get("next") or "/account/"
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={self.request.get_host()}, require_https=True):
            next_url = "/account/"
        return HttpResponseRedirect(next_url)
