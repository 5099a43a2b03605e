from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

urlpatterns = [
    path("shipments/bulk/", login_required(views.shipments_bulk), name="shipments-bulk"),
]
