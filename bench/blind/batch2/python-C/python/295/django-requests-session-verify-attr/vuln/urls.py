from django.urls import path

from . import views

urlpatterns = [
    path("me/leave/", views.my_leave, name="my-leave"),
]
