from django.urls import path
from . import views

urlpatterns = [path("catalog/lookup", views.product_lookup)]
