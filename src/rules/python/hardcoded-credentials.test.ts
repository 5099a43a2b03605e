import { describe, expect, it } from "vitest";
import { runRule, testRule } from "../rule-tester.js";
import rule from "./hardcoded-credentials.js";

testRule(rule, {
  valid: [
    {
      name: "a Fernet key read from the environment, and one made at start",
      code: `import os\nfrom cryptography.fernet import Fernet\n\nSESSION_KEY = os.environ["SESSION_FERNET_KEY"].encode()\nbox = Fernet(SESSION_KEY)\n\ndef fresh():\n    key = Fernet.generate_key()\n    return Fernet(key)\n`,
    },
    {
      name: "UI labels and i18n keys name a password field, they are not one",
      code: 'LABEL_PASSWORD = "Password"\nPASSWORD_PROMPT = "Mot de passe"\nhint = _("password")\ntitle = t("password")\n',
    },
    {
      name: "read from the environment",
      code: `import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\nAPI_KEY = os.getenv("API_KEY", "")\n`,
    },
    {
      name: "placeholders and empty values",
      code: `password = ""\nsecret = "changeme"\napi_key = "<your-api-key>"\ntoken = "\${TOKEN}"\nconfig = {"password": "xxxxxx"}\n`,
    },
    {
      name: "labels that name their purpose: a session key and a URL segment, not secrets",
      code: `RESET_SESSION_TOKEN = "_account_reset_token"\n\n\nclass ConfirmView:\n    url_token = "confirm-password"\n`,
    },
    {
      name: "names of settings, not values",
      code: `PASSWORD_FIELD = "password"\npassword_env = "DB_PASSWORD"\ntoken_url = "https://auth.example.com/token"\n`,
    },
    {
      name: "secrets read at run time for config keys, defaults, logins and auth pairs",
      code: `import os\nimport jwt\nimport ftplib\napp.settings["API_TOKEN"] = os.environ["API_TOKEN"]\n\n\ndef make_client(host, access_key=None):\n    return host, access_key\n\n\ndef sign(body):\n    return jwt.encode(body, os.environ["SIGNING_KEY"], algorithm="HS512")\n\n\nftp = ftplib.FTP("files.internal")\nftp.login("uploader", os.environ["FTP_PASSWORD"])\nauth = ("uploader", os.environ["FTP_PASSWORD"])\nsession.login(user_record)\n`,
    },
  ],
  invalid: [
    {
      name: "a Fernet key held in a module constant not named as a secret",
      code: `from cryptography import fernet\nfrom aiohttp_session.cookie_storage import EncryptedCookieStorage\n\nSESSION_KEY = b"IJ2Kdbrlzdd4eU_DYog9b5RJRjZ_7YRDGHynU4fSvQw="\n\ndef make(app):\n    return EncryptedCookieStorage(fernet.Fernet(SESSION_KEY))\n`,
      lines: [4],
    },
    {
      name: "a passphrase of plain words that does not name its purpose is still a secret",
      code: `SESSION_TOKEN = "orange-kettle-marble-drift"\nreset_password = "Set-Password-88"\n`,
      lines: [1, 2],
    },
    {
      name: "module constants",
      code: `SECRET_KEY = "django-insecure-9f8a7b6c5d4e3f2a1b0c"\nDB_PASSWORD = "S3cure!Passw0rd"\n`,
      lines: [1, 2],
    },
    {
      name: "keyword argument and dict entry",
      code: `import psycopg2\nconn = psycopg2.connect(host="db", user="app", password="hunter2hunter2")\nheaders = {"api_key": "ak_live_51Hq8sK2eZvKYlo2C"}\n`,
      lines: [2, 3],
    },
    {
      name: "config key, default parameter, positional key and password, auth pair",
      code: `import jwt\nimport ftplib\napp.settings["API_TOKEN"] = "tk_prod_8c1e55f0a9d2"\n\n\ndef make_client(host, access_key: str = "AKIA5QX2ZC7PL0M3"):\n    return host, access_key\n\n\ndef sign(body):\n    return jwt.encode(body, "orders-signing-9931", algorithm="HS512")\n\n\nftp = ftplib.FTP("files.internal")\nftp.login("uploader", "Upl0ad!Summer")\nauth = ("uploader", "Upl0ad!Summer")\n`,
      lines: [3, 6, 11, 15, 16],
    },
  ],
});

describe("py/hardcoded-credentials in test code", () => {
  it("reports a test suite's credential at low severity and low confidence", () => {
    const code = 'def test_login(client):\n    client.login("bob", password="Zq8wLp2Rx7Tn")\n';
    const drafts = runRule(rule, code, "python", "tests/test_auth.py").drafts;
    expect(drafts.map((d) => [d.severity, d.confidence])).toEqual([["low", 0.4]]);
    const live = runRule(rule, code, "python", "app/auth.py").drafts;
    expect(live.map((d) => d.severity)).toEqual(["high"]);
  });
});
