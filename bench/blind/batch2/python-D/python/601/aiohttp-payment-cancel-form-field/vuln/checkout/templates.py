CANCEL_FORM = """
<form method="post" action="/checkout/{order_id}/cancel">
  <input type="hidden" name="cancel_url" value="/cart">
  <button type="submit">Cancel order</button>
</form>
"""

ALLOWED_RETURN_PATHS = {"/cart", "/account/orders", "/"}
