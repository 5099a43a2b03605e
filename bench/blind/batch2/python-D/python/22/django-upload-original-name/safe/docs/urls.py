from django.urls import path

from . import views

app_name = "docs"
urlpatterns = [
    path("projects/<int:project_id>/documents/", views.upload_document, name="upload"),
]
