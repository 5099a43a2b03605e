class ActingAccountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        acting = request.session.get("acting_account_id") if hasattr(request, "session") else None
        if acting is not None:
            request.account_id = acting
        elif request.user.is_authenticated:
            request.account_id = request.user.account_id
        else:
            request.account_id = None
        return self.get_response(request)
