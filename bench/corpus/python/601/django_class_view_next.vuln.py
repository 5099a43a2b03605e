from django.contrib.auth.views import LoginView
from django.http import HttpResponseRedirect


class ShopLoginView(LoginView):
    template_name = "accounts/login.html"

    def form_valid(self, form):
        super().form_valid(form)
        next_url = self.request.POST.get("next") or "/account/"
        return HttpResponseRedirect(next_url)  # cg-expect: CWE-601
