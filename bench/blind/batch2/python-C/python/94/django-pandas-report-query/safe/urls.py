from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

urlpatterns = [
    path("reports/sales/", login_required(views.sales_report), name="sales-report"),
]
