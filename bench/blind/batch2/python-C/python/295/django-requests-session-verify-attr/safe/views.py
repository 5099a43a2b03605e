from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .hr_client import HRClient

client = HRClient()


@login_required
def my_leave(request):
    employee_id = request.user.employee.hr_id
    balance = client.leave_balance(employee_id)
    return JsonResponse({"remaining_days": balance.get("remaining"), "taken": balance.get("taken")})
