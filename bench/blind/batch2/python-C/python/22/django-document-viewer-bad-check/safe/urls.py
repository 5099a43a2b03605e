from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

urlpatterns = [
    path("documents/view/", login_required(views.view_document), name="document-view"),
]
