from django.contrib.auth import views as auth_views
from django.urls import path

urlpatterns = [
    path("login/", auth_views.LoginView.as_view()),
    path("password-reset/", auth_views.PasswordResetView.as_view()),
    path("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view()),
]
