import { testRule } from "../rule-tester.js";
import rule from "./trust-boundary.js";

testRule(rule, {
  valid: [
    {
      name: "a display preference the user picks is theirs to pick",
      code: `from flask import request, session\n\n\n@app.post("/prefs")\ndef prefs():\n    session["theme"] = request.form.get("theme", "light")\n    session["nick"] = str(request.form.get("nick", "guest"))[:20]\n    return "ok"\n`,
    },
    {
      name: "a tenant id the server checked against the user's memberships before storing it",
      code: `from aiohttp import web\nfrom aiohttp_session import get_session\n\n\nasync def switch(request):\n    session = await get_session(request)\n    tenant_id = request.query.get("tenant", "")\n    if not await user_has_tenant(request.app["db"], session["user_id"], tenant_id):\n        raise web.HTTPForbidden()\n    session["tenant_id"] = tenant_id\n    raise web.HTTPFound("/")\n`,
    },
    {
      name: "a Django ORM membership check by keyword before the write",
      code: `def act_as(request):\n    account_id = int(request.POST["account_id"])\n    if not Delegation.objects.filter(support_user=request.user, account_id=account_id).exists():\n        return HttpResponseForbidden()\n    request.session["acting_account_id"] = account_id\n    return redirect("/")\n`,
    },
    {
      name: "the id of a membership the server looked up for the chosen tenant",
      code: `from flask import request, session\n\n\n@app.post("/tenant")\ndef switch():\n    tenant_id = request.form.get("tenant", "")\n    membership = find_membership(session["user_id"], int(tenant_id))\n    if membership is None:\n        return "no", 403\n    session["tenant_id"] = membership.tenant_id\n    return "ok"\n`,
    },
    {
      name: "trust: a value read back from the database is what a session is for (storedFlows: ignore)",
      code: `from django.contrib.auth.hashers import check_password


def login(request):
    user = Account.objects.get(email=request.POST["email"])
    if check_password(request.POST["password"], user.password):
        request.session["account_id"] = user.id
`,
    },
    {
      name: "trust: a value from the environment is not data crossing a boundary (operatorFlows: ignore)",
      code: `import os
from flask import session


@app.get("/")
def index():
    session["region"] = os.environ.get("DEPLOY_REGION", "eu")
    return "ok"
`,
    },
    {
      name: "server-derived value",
      code: `from flask import session, request\n\n@app.post("/login")\ndef login():\n    user = authenticate(request.form["u"], request.form["p"])\n    session["user_id"] = 42\n    return "ok"\n`,
    },
    {
      name: "validated against an allow-list",
      code: `from flask import session, request\nTHEMES = {"dark", "light"}\n\n@app.post("/theme")\ndef theme():\n    t = request.form["theme"]\n    if t in THEMES:\n        session["theme"] = t\n    return "ok"\n`,
    },
    {
      name: "allow-listed inline with a conditional expression",
      code: `from flask import session, request\n\n@app.post("/currency")\ndef currency():\n    code = request.form.get("currency", "EUR")\n    session["currency"] = code if code in ("EUR", "USD", "GBP") else "EUR"\n    return "ok"\n`,
    },
    {
      name: "the id of the account a lookup returned for the submitted e-mail",
      code: `from flask import request, session\nfrom store import find_account\n\n@app.post("/login")\ndef login():\n    account = find_account(request.form.get("email", ""))\n    session["account_id"] = account.id\n    return "ok"\n`,
    },
    {
      name: "a repository object's method creates the record; its id goes in the session",
      code: `import os\nfrom flask import request, session\n\nrepo = AccountRepository(os.environ["DATABASE_URL"])\n\n@app.post("/signup")\ndef signup():\n    username = request.form.get("username", "").strip()\n    session["account_id"] = repo.create(username, request.form["password"])\n    return "ok"\n`,
    },
    {
      name: "a flag from comparing the submitted code with the one the server holds",
      code: `def confirm(request):\n    entry = EmailCode.objects.get(user=request.user)\n    request.session["email_verified"] = request.POST.get("code") == entry.code\n    return redirect("/")\n`,
    },
    {
      name: "the cart the session holds gets the catalogue's price, then is stored back",
      code: `@router.post("/cart")\nasync def add(line: CartLine, request: Request):\n    product = await get_product(line.sku)\n    cart = request.session.setdefault("cart", [])\n    cart.append(product.price_cents)\n    request.session["cart"] = cart\n    return {}\n`,
    },
    {
      name: "a cart line of the shopper's picks (sku, quantity) and the catalogue's price",
      code: `@router.post("/cart")\nasync def add(item: CartItem, request: Request):\n    cart = request.session.setdefault("cart", [])\n    unit_price = await price_of(item.sku)\n    cart.append({"sku": item.sku, "qty": item.qty, "unit_price": unit_price})\n    return {}\n`,
    },
  ],
  invalid: [
    {
      name: "a cart line whose price is the client's",
      code: `@router.post("/cart")\nasync def add(item: CartItem, request: Request):\n    cart = request.session.setdefault("cart", [])\n    cart.append({"sku": item.sku, "qty": item.qty, "unit_price": item.unit_price})\n    return {}\n`,
      lines: [4],
    },
    {
      name: "a client price put into the cart the session holds is written where it is put in",
      code: `@router.post("/cart")\nasync def add(line: CartLine, request: Request):\n    cart = request.session.setdefault("cart", {})\n    cart[line.sku] = line.unit_price_cents\n    request.session["cart"] = cart\n    return {}\n\n\n@router.post("/cart2")\nasync def add2(line: CartLine, request: Request):\n    items = request.session.get("items") or []\n    items.append({"price": line.unit_price})\n    return {}\n`,
      lines: [4, 12],
    },
    {
      name: "a flag the client sets by sending the compared literal",
      code: `def submit_kyc(request):\n    ok = check_documents(request.user, request.FILES.getlist("documents"))\n    request.session["kyc_verified"] = request.POST.get("verified") == "true" or ok\n    return JsonResponse({})\n`,
      lines: [3],
    },
    {
      name: "a display name copied raw is not cut down to a plain string",
      code: `from flask import request, session\n\n\n@app.post("/prefs")\ndef prefs():\n    session["display_name"] = request.form.get("display_name", "")\n    return "ok"\n`,
      lines: [6],
    },
    {
      name: "a permission check on the actor that never looks at the stored value",
      code: `def act_as(request):\n    account_id = int(request.POST["account_id"])\n    if not request.user.groups.filter(name="support").exists():\n        return HttpResponseForbidden()\n    request.session["acting_account_id"] = account_id\n    return redirect("/")\n`,
      lines: [5],
    },
    {
      name: "a shape check (isinstance) is no verification of a role",
      code: `from flask import request, session\n\n\n@app.post("/role")\ndef role():\n    role = request.form.get("role")\n    if not isinstance(role, str):\n        return "bad", 400\n    session["role"] = role\n    return "ok"\n`,
      lines: [9],
    },
    {
      name: "a tenant id the form chose, checked only for digits",
      code: `from flask import request, session\n\n\n@app.post("/tenant")\ndef switch():\n    tenant_id = request.form.get("tenant", "")\n    if not tenant_id.isdigit():\n        return "bad", 400\n    session["tenant_id"] = int(tenant_id)\n    return "ok"\n`,
      lines: [9],
    },
    {
      name: "a form field copied into the session after a string method",
      code: `from flask import request, session\n\n@app.post("/login")\ndef login():\n    session["role"] = request.form["role"].strip().lower()\n    return "ok"\n`,
      lines: [5],
    },
    {
      name: "flask session from a form",
      code: `from flask import session, request\n\n@app.post("/prefs")\ndef prefs():\n    role = request.form.get("role")\n    session["role"] = role\n    return "saved"\n`,
      lines: [6],
    },
    {
      name: "django request.session",
      code: `def set_lang(request):\n    request.session["is_admin"] = request.POST["admin"]\n`,
      lines: [2],
    },
    {
      name: "conditional expression whose condition does not check the stored value",
      code: `from flask import session, request\n\n@app.post("/currency")\ndef currency():\n    code = request.form.get("currency", "EUR")\n    session["currency"] = code if request.form.get("remember") in ("1", "yes") else "EUR"\n    return "ok"\n`,
      lines: [6],
    },
  ],
});
