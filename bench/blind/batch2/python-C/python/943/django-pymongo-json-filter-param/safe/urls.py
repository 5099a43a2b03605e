from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

urlpatterns = [
    path("tickets/search/", login_required(views.ticket_search), name="ticket-search"),
]
