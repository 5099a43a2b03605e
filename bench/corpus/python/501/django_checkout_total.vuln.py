from django.http import JsonResponse


class CheckoutView:
    def post(self, request):
        total = request.POST.get("total")
        currency = request.POST.get("currency", "EUR")
        request.session["checkout_total"] = total  # cg-expect: CWE-501
        return JsonResponse({"total": total, "currency": currency})
