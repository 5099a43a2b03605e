from django.urls import path

from . import views

urlpatterns = [
    path("users/<str:username>/shared/", views.shared_documents, name="shared-documents"),
]
