from django.urls import path

from . import views

app_name = "orgchart"
urlpatterns = [
    path("me/chain/", views.my_chain, name="my-chain"),
]
