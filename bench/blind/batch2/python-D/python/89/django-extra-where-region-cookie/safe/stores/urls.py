from django.urls import path

from . import views

app_name = "stores"
urlpatterns = [
    path("locator/", views.store_locator, name="locator"),
]
