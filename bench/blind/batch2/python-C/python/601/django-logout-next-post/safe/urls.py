from django.urls import path

from . import views

urlpatterns = [
    path("accounts/logout/", views.logout_view, name="logout"),
]
