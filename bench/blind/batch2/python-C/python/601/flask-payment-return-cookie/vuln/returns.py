from flask import url_for

RETURN_ENDPOINTS = {"/orders": "orders.list_orders", "/account": "account.overview", "/": "home.index"}


def resolve_return(value, default: str) -> str:
    if not value:
        return default
    return value
