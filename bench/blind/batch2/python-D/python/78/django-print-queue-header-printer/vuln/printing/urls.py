from django.urls import path

from . import views

app_name = "printing"
urlpatterns = [
    path("invoices/<int:invoice_id>/print/", views.print_invoice, name="print-invoice"),
]
