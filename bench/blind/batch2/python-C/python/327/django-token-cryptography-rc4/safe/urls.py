from django.urls import path

from . import views

urlpatterns = [
    path("password/reset/", views.request_reset, name="password-reset-request"),
]
