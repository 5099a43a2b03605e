from django.contrib.auth.views import PasswordResetView

class PortalPasswordReset(PasswordResetView):
    template_name = "accounts/reset.html"
    email_template_name = "accounts/reset_email.txt"
