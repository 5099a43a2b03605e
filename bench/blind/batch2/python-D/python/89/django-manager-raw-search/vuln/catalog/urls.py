from django.urls import path

from . import views

app_name = "catalog"
urlpatterns = [
    path("search/", views.product_search, name="search"),
]
