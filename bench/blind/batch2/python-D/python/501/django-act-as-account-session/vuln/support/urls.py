from django.urls import path

from . import views

app_name = "support"
urlpatterns = [
    path("act-as/", views.act_as, name="act-as"),
]
