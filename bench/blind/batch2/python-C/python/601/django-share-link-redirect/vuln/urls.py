from django.urls import path

from . import views

urlpatterns = [
    path("s/<slug:code>", views.follow_link, name="shortlink-follow"),
]
