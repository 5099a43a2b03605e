def logout_form_context(request) -> dict:
    return {
        "logout_next": request.path,
        "user_display": getattr(request.user, "get_full_name", lambda: "")() or "Account",
    }
