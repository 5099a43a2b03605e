from django.urls import path

from . import views

app_name = "previews"
urlpatterns = [
    path("preview/", views.link_preview, name="preview"),
]
