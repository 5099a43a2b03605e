from django.urls import path

from . import views

urlpatterns = [
    path("catalog/import/", views.import_products),
]
