from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("reports/run/", views.run_report, name="run"),
]
