from django.urls import path

from . import views

urlpatterns = [
    path("reports/orders/<str:status>/", views.orders_by_status, name="orders-by-status"),
]
