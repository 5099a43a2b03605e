import { testRule } from "../rule-tester.js";
import rule from "./insecure-cookie.js";

testRule(rule, {
  valid: [
    {
      name: "a region cookie, named in a module constant, carries no credential",
      code: `COOKIE = "store_region"\n\n\ndef set_region(request, region):\n    resp = JsonResponse({"region": region})\n    resp.set_cookie(COOKIE, region, max_age=30 * 24 * 3600, samesite="Lax")\n    return resp\n`,
    },
    {
      name: "a return path cookie carries no credential",
      code: `def pay(request):\n    resp = redirect("/pay")\n    resp.set_cookie("return_to", request.form.get("return_to", "/orders"), max_age=1800)\n    return resp\n`,
    },
    {
      name: "Starlette SessionMiddleware with https_only=True",
      code: `from fastapi import FastAPI\nfrom starlette.middleware.sessions import SessionMiddleware\n\napp = FastAPI()\napp.add_middleware(SessionMiddleware, secret_key=KEY, https_only=True)\n`,
    },
    {
      name: "aiohttp_session storage with secure and httponly",
      code: `from aiohttp_session.cookie_storage import EncryptedCookieStorage\n\nstorage = EncryptedCookieStorage(KEY, cookie_name="S", secure=True, httponly=True)\n`,
    },
    {
      name: "a language preference cookie",
      code: `from flask import make_response\n\n@app.get("/lang/<code>")\ndef lang(code):\n    resp = make_response("ok")\n    resp.set_cookie("lang", code, max_age=86400, samesite="Lax")\n    return resp\n`,
    },
    {
      name: "Secure off only in the development configuration class",
      code: `class BaseConfig:\n    SESSION_COOKIE_HTTPONLY = True\n\n\nclass ProductionConfig(BaseConfig):\n    SESSION_COOKIE_SECURE = True\n\n\nclass DevelopmentConfig(BaseConfig):\n    SESSION_COOKIE_SECURE = False\n`,
    },
    {
      name: "secure and httponly",
      code: `from flask import make_response\n\n@app.route("/login")\ndef login():\n    resp = make_response("ok")\n    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Lax")\n    return resp\n`,
    },
    {
      name: "flags computed from config",
      code: `resp.set_cookie("sid", sid, secure=not app.debug, httponly=True)\n`,
    },
    {
      name: "secure settings",
      code: `SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n`,
      filename: "settings.py",
    },
    {
      name: "protections on in config.update and a settings dict",
      code: `app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)\nOVERRIDES = {"CSRF_COOKIE_SECURE": True, "SESSION_COOKIE_SAMESITE": "Lax"}\n`,
    },
  ],
  invalid: [
    {
      name: "a cookie named by a constant holding a session id, without flags",
      code: `COOKIE = "app"\n\n\ndef login(resp, sid):\n    resp.set_cookie(COOKIE, sid, max_age=3600)\n`,
      lines: [5],
    },
    {
      name: "a cookie whose name comes from settings is a possible credential",
      code: `from django.conf import settings\n\n\ndef login(resp, value):\n    resp.set_cookie(settings.COOKIE_NAME, value, max_age=3600)\n`,
      lines: [5],
    },
    {
      name: "Starlette SessionMiddleware with https_only=False",
      code: `from fastapi import FastAPI\nfrom starlette.middleware.sessions import SessionMiddleware\n\napp = FastAPI()\napp.add_middleware(SessionMiddleware, secret_key=KEY, https_only=False)\n`,
      lines: [5],
    },
    {
      name: "aiohttp_session storage with httponly off",
      code: `from aiohttp_session.cookie_storage import EncryptedCookieStorage\n\nstorage = EncryptedCookieStorage(KEY, cookie_name="S", httponly=False)\n`,
      lines: [3],
    },
    {
      name: "HttpOnly off in the production configuration class",
      code: `class BaseConfig:\n    SESSION_COOKIE_SECURE = True\n\n\nclass ProductionConfig(BaseConfig):\n    SESSION_COOKIE_HTTPONLY = False\n`,
      lines: [6],
    },
    {
      name: "no flags",
      code: `def remember(response, user):\n    response.set_cookie("remember_me", user.token, max_age=3600)\n    return response\n`,
      lines: [2],
      at: [{ line: 2, column: 5, endLine: 2, endColumn: 65 }],
      output:
        'def remember(response, user):\n    response.set_cookie("remember_me", user.token, max_age=3600, secure=True, httponly=True)\n    return response\n',
      cwe: "CWE-614",
    },
    {
      name: "secure but readable by scripts",
      code: `resp.set_cookie("sid", sid, secure=True)\n`,
      lines: [1],
      cwe: "CWE-1004",
    },
    {
      name: "django settings off",
      code: `DEBUG = False\nSESSION_COOKIE_SECURE = False\nSESSION_COOKIE_HTTPONLY = False\n`,
      lines: [2, 3],
      filename: "settings.py",
    },
    {
      name: "protections off in config.update and a settings dict",
      code: `app.config.update(\n    SESSION_COOKIE_SAMESITE="Lax",\n    SESSION_COOKIE_HTTPONLY=False,\n)\nOVERRIDES = {"CSRF_COOKIE_SECURE": False, "SESSION_COOKIE_SAMESITE": "Lax"}\n`,
      lines: [3, 5],
    },
  ],
});
