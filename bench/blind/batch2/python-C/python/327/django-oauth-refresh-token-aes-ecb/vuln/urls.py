from django.urls import path

from . import views

urlpatterns = [
    path("integrations/calendar/callback/", views.oauth_callback),
]
