from django.urls import path

from . import views

app_name = "fulfilment"
urlpatterns = [
    path("orders/<int:order_id>/push/", views.push_order, name="push"),
]
