from django.urls import path
from . import views

urlpatterns = [
    path("orders/search", views.order_search),
]
