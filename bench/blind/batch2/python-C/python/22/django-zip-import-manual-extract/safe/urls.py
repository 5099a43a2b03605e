from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

urlpatterns = [
    path("projects/<int:project_id>/bundle/", login_required(views.upload_bundle), name="bundle-upload"),
]
