from django.urls import path

from . import views

urlpatterns = [
    path("projects/", views.create_project, name="project-create"),
]
