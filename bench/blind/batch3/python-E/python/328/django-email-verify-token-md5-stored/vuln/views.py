from django.http import JsonResponse, Http404
from django.contrib.auth import get_user_model
from .verify import make_token, check_token

User = get_user_model()

def send_verification(request):
    user = request.user
    token = make_token(user)
    user.email_user("Verify your email", f"https://app.example.com/verify/{user.pk}/{token}/")
    return JsonResponse({"sent": True})

def verify(request, uid, token):
    user = User.objects.filter(pk=uid).first()
    if user is None or not check_token(user, token):
        raise Http404()
    user.profile.email_verified = True
    user.profile.save(update_fields=["email_verified"])
    return JsonResponse({"verified": True})
