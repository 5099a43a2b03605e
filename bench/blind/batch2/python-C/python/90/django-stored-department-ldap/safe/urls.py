from django.urls import path

from . import views

urlpatterns = [
    path("directory/colleagues/", views.my_colleagues),
]
