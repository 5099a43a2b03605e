from django.urls import path

from . import views

app_name = "pricing"

urlpatterns = [
    path("preview/", views.preview_price, name="preview"),
]
