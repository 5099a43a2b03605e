import { testRule } from "../rule-tester.js";
import rule from "./open-redirect.js";

testRule(rule, {
  valid: [
    {
      name: "input inserted after a literal '?' fills the query of a checked target, not where it leads",
      code: `from flask import redirect, request\n\nREGISTERED = {"https://app.example.com/cb"}\n\n\n@app.get("/authorize")\ndef authorize():\n    uri = request.args["redirect_uri"]\n    state = request.args.get("state", "")\n    if uri not in REGISTERED:\n        return "no", 400\n    return redirect(f"{uri}?state={state}")\n`,
    },
    {
      name: "a target signed by the site: Signer.unsign returns it only as the server signed it",
      code: `from django.core import signing\nfrom django.http import HttpResponseBadRequest\nfrom django.shortcuts import redirect\n\n_signer = signing.Signer(salt="ad-click")\n\n\ndef ad_click(request, ad_id):\n    try:\n        target = _signer.unsign(request.GET.get("target", ""))\n    except signing.BadSignature:\n        return HttpResponseBadRequest("invalid target")\n    return redirect(target)\n`,
    },
    {
      name: "a target read from a payload signed by the site (django.core.signing.loads)",
      code: `from django.core import signing\nfrom django.shortcuts import redirect\n\n\ndef back(request):\n    data = signing.loads(request.GET["t"], max_age=600)\n    return redirect(data["next"])\n`,
    },
    {
      name: "a redirect_uri refused unless it is one the looked-up client registered",
      code: `from fastapi import HTTPException\nfrom fastapi.responses import RedirectResponse\n\nfrom .clients import get_client\n\n\n@router.get("/oauth/authorize")\nasync def authorize(client_id: str, redirect_uri: str):\n    client = await get_client(client_id)\n    if client is None:\n        raise HTTPException(status_code=400)\n    if redirect_uri not in client["redirect_uris"]:\n        raise HTTPException(status_code=400)\n    return RedirectResponse(f"{redirect_uri}?code=abc", status_code=302)\n`,
    },
    {
      name: "a conditional expression that keeps the target only where a same-file predicate pins its host",
      code: `from urllib.parse import urlsplit\nfrom flask import redirect, request\n\nALLOWED_HOSTS = {"app.example.com"}\n\n\ndef is_allowed_return(url):\n    parts = urlsplit(url)\n    if not parts.scheme and not parts.netloc:\n        return url.startswith("/") and not url.startswith("//")\n    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS\n\n\n@app.get("/sso/callback")\ndef callback():\n    return_to = request.args.get("return_to", "/")\n    target = return_to if is_allowed_return(return_to) else "/"\n    return redirect(target)\n`,
    },
    {
      name: "a boto3 presigned link to a stored object key",
      code: `import boto3\nfrom django.http import HttpResponseRedirect\n\ns3 = boto3.client("s3")\n\n\ndef download(request):\n    key = request.GET["key"]\n    url = s3.generate_presigned_url("get_object", Params={"Bucket": "files", "Key": key}, ExpiresIn=300)\n    return HttpResponseRedirect(url)\n`,
    },
    {
      name: "a same-file predicate that pins the parsed host to an allow-list",
      code: `from urllib.parse import urlsplit\nfrom flask import redirect, request\n\nALLOWED = {"docs.example.org"}\n\n\ndef is_allowed(url):\n    parts = urlsplit(url)\n    return parts.scheme == "https" and parts.hostname in ALLOWED\n\n\n@app.get("/go")\ndef go():\n    target = request.args.get("to", "")\n    if not is_allowed(target):\n        return "no", 400\n    return redirect(target)\n`,
    },
    {
      name: "a same-file predicate that accepts only paths without a host",
      code: `from urllib.parse import urlparse\nfrom flask import redirect, request\n\n\ndef same_site(target):\n    parts = urlparse(target.replace("\\\\", "/"))\n    return not parts.netloc and not parts.scheme and target.startswith("/")\n\n\n@app.get("/back")\ndef back():\n    target = request.args.get("next", "/")\n    if same_site(target):\n        return redirect(target)\n    return redirect("/")\n`,
    },
    {
      name: "the target starts with a module constant that holds the origin",
      code: `from flask import redirect, request\n\nAUTHORIZE_URL = "https://idp.example.com/authorize"\n\n\n@app.get("/login")\ndef login():\n    state = request.args.get("state", "")\n    return redirect(f"{AUTHORIZE_URL}?state={state}")\n`,
    },
    {
      name: "a built target that starts with a path on this site",
      code: `from urllib.parse import urlencode\nfrom aiohttp import web\n\nasync def login(request: web.Request):\n    service = request.query.get("service", "")\n    raise web.HTTPFound("/login?" + urlencode({"service": service}))\n`,
    },
    {
      name: "a path on this site: starts with one slash, not two",
      code: `from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    target = request.args.get("next", "/")\n    if target.startswith("/") and not target.startswith("//"):\n        return redirect(target)\n    return redirect("/")\n`,
    },
    {
      name: "a path on this site, the condition continued on the next line with a backslash",
      code: `from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    target = request.args.get("next", "/")\n    if target.startswith("/") \\\n            and not target.startswith("//"):\n        return redirect(target)\n    return redirect("/")\n`,
    },
    {
      name: "the host of the parsed URL, kept in a name, is on the allow-list",
      code: `from urllib.parse import urlsplit\nfrom flask import redirect, request\n\nALLOWED = {"www.example.com"}\n\n@app.get("/go")\ndef go():\n    target = request.args.get("next", "/")\n    parts = urlsplit(target)\n    if parts.hostname in ALLOWED:\n        return redirect(target)\n    return redirect("/")\n`,
    },
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
    {
      name: "a whole URL rebuilt from parts whose host was pinned to this site",
      code: `from urllib.parse import urlsplit, urlunsplit\nfrom flask import redirect, request, url_for\n\n\ndef _back(ref):\n    if ref:\n        parts = urlsplit(ref)\n        if parts.netloc == request.host and parts.scheme in ("http", "https"):\n            return urlunsplit(parts)\n    return url_for("index")\n\n\n@app.post("/logout")\ndef logout():\n    return redirect(_back(request.referrer))\n`,
    },
  ],
  invalid: [
    {
      name: "a target chosen by input before the literal '?' still leads where input says",
      code: `from flask import redirect, request\n\n\n@app.get("/go")\ndef go():\n    target = request.args["next"]\n    return redirect(f"{target}?from=home")\n`,
      lines: [7],
    },
    {
      name: "a host concatenated before the '?' still chooses the destination",
      code: `from flask import redirect, request\n\n\n@app.get("/go")\ndef go():\n    host = request.args["host"]\n    return redirect("https://" + host + "?q=" + request.args["q"])\n`,
      lines: [7],
    },
    {
      name: "a signature checked on one value does not vouch for another",
      code: `from django.core import signing\nfrom django.shortcuts import redirect\n\n_signer = signing.Signer()\n\n\ndef go(request):\n    _signer.unsign(request.GET["sig"])\n    return redirect(request.GET["target"])\n`,
      lines: [9],
    },
    {
      name: "membership in a list the request itself supplies pins nothing",
      code: `from flask import redirect, request\n\n\n@app.get("/go")\ndef go():\n    target = request.args.get("next", "/")\n    allowed = request.args.getlist("allowed")\n    if target not in allowed:\n        return "no", 400\n    return redirect(target)\n`,
      lines: [10],
    },
    {
      // http://this-host//evil.com passes the host check; its path, //evil.com, leads off-site.
      name: "only the path of a Referer whose host was pinned to this site",
      code: `from urllib.parse import urlsplit\nfrom flask import redirect, request, url_for\n\n\ndef _back(ref):\n    if ref:\n        parts = urlsplit(ref)\n        if parts.netloc == request.host and parts.scheme in ("http", "https"):\n            return parts.path or "/"\n    return url_for("index")\n\n\n@app.post("/logout")\ndef logout():\n    return redirect(_back(request.referrer))\n`,
      lines: [15],
    },
    {
      name: "the Referer header (Werkzeug's request.referrer) is the client's to set",
      code: `from flask import redirect, request, session, url_for\n\n\ndef _back(ref):\n    return ref or url_for("index")\n\n\n@app.post("/logout")\ndef logout():\n    session.clear()\n    return redirect(_back(request.referrer))\n`,
      lines: [11],
    },
    {
      name: "a conditional expression whose predicate only tests a prefix keeps the target open",
      code: `from flask import redirect, request\n\n\ndef looks_local(url):\n    return url.startswith("/")\n\n\n@app.get("/back")\ndef back():\n    nxt = request.args.get("next", "/")\n    target = nxt if looks_local(nxt) else "/"\n    return redirect(target)\n`,
      lines: [12],
    },
    {
      name: "a same-file predicate that finds the trusted domain as a substring of the host",
      code: `from urllib.parse import urlsplit\nfrom flask import redirect, request\n\n\ndef is_ours(url):\n    return "example.org" in urlsplit(url).netloc\n\n\n@app.get("/go")\ndef go():\n    target = request.args.get("to", "")\n    if not is_ours(target):\n        return "no", 400\n    return redirect(target)\n`,
      lines: [14],
    },
    {
      name: "a same-file predicate that only checks the leading slash",
      code: `from flask import redirect, request\n\n\ndef is_local(url):\n    return url.startswith("/")\n\n\n@app.get("/go")\ndef go():\n    target = request.args.get("to", "/")\n    if is_local(target):\n        return redirect(target)\n    return redirect("/")\n`,
      lines: [12],
    },
    {
      name: "a '/' prefix check lets //evil.example through",
      code: `from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    target = request.args.get("next", "/")\n    if not target.startswith("/"):\n        target = "/"\n    return redirect(target)\n`,
      lines: [8],
    },
    {
      name: "a host prefix without its closing slash matches example.com.evil.example",
      code: `from flask import redirect, request\n\n@app.get("/go")\ndef go():\n    target = request.args.get("next", "")\n    if target.startswith("https://example.com"):\n        return redirect(target)\n    return redirect("/")\n`,
      lines: [7],
    },
    {
      name: "aiohttp: HTTPFound to a query parameter",
      code: `from aiohttp import web\n\nasync def out(request: web.Request):\n    target = request.query.get("to")\n    raise web.HTTPFound(location=target)\n`,
      lines: [5],
    },
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
