from django.urls import path

from . import views

app_name = "exports"
urlpatterns = [
    path("download/", views.download_export, name="download"),
]
