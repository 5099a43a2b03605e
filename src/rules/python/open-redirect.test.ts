import { testRule } from "../rule-tester.js";
import rule from "./open-redirect.js";

testRule(rule, {
  valid: [
    {
      name: "url_for",
      code: `from flask import redirect, url_for, request\n\n@app.route("/go")\ndef go():\n    return redirect(url_for("profile", user=request.args["u"]))\n`,
    },
    {
      name: "django safe-url check",
      code: `from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\ndef login_done(request):\n    nxt = request.GET.get("next", "/")\n    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        return redirect(nxt)\n    return redirect("/")\n`,
    },
    {
      name: "constant target",
      code: `from flask import redirect\n\n@app.route("/old")\ndef old():\n    return redirect("/new")\n`,
    },
    {
      name: "redirect targets by keyword, checked to be local paths",
      code: `from fastapi.responses import RedirectResponse\nfrom django.http import HttpResponseRedirect\n\n@app.get("/sso/done")\nasync def sso_done(ticket: str, back: str):\n    if not back.startswith("/") or back.startswith("//"):\n        back = "/"\n    return RedirectResponse(url=back, status_code=303)\n\ndef leave(request):\n    return HttpResponseRedirect(redirect_to="/goodbye")\n`,
    },
  ],
  invalid: [
    {
      name: "next parameter",
      code: `from flask import redirect, request\n\n@app.route("/login", methods=["POST"])\ndef login():\n    target = request.args.get("next") or "/"\n    return redirect(target)\n`,
      lines: [6],
    },
    {
      name: "django HttpResponseRedirect",
      code: `from django.http import HttpResponseRedirect\n\ndef out(request):\n    return HttpResponseRedirect(request.GET["to"])\n`,
      lines: [4],
    },
    {
      name: "redirect targets passed by keyword",
      code: `from fastapi.responses import RedirectResponse\nfrom django.http import HttpResponseRedirect\n\n@app.get("/sso/done")\nasync def sso_done(ticket: str, back: str):\n    return RedirectResponse(url=back, status_code=303)\n\ndef leave(request):\n    return HttpResponseRedirect(redirect_to=request.GET["then"])\n`,
      lines: [6, 9],
    },
  ],
});
