from django.http import JsonResponse

from .services import OrderReportService


def orders_by_status(request, status):
    service = OrderReportService(request.user)
    orders = service.orders_with_status(status)
    data = [{"id": o.id, "total": str(o.total), "status": o.status} for o in orders]
    return JsonResponse({"orders": data})
