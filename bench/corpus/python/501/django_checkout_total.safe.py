from django.http import JsonResponse


class CheckoutView:
    def post(self, request):
        total = str(request.cart.total())
        currency = request.POST.get("currency", "EUR")
        request.session["checkout_total"] = total
        return JsonResponse({"total": total, "currency": currency})
