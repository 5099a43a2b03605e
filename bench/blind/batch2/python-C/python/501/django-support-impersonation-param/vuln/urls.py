from django.urls import path

from . import views

urlpatterns = [
    path("support/act-as/", views.act_as, name="act-as"),
    path("account/", views.my_account, name="my-account"),
]
