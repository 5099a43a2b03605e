from django.urls import path

from . import views

app_name = "sso"
urlpatterns = [
    path("callback/", views.sso_callback, name="callback"),
]
