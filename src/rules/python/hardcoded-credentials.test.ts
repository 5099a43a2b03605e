import { testRule } from "../rule-tester.js";
import rule from "./hardcoded-credentials.js";

testRule(rule, {
  valid: [
    {
      name: "read from the environment",
      code: `import os\nDB_PASSWORD = os.environ["DB_PASSWORD"]\nAPI_KEY = os.getenv("API_KEY", "")\n`,
    },
    {
      name: "placeholders and empty values",
      code: `password = ""\nsecret = "changeme"\napi_key = "<your-api-key>"\ntoken = "\${TOKEN}"\nconfig = {"password": "xxxxxx"}\n`,
    },
    {
      name: "names of settings, not values",
      code: `PASSWORD_FIELD = "password"\npassword_env = "DB_PASSWORD"\ntoken_url = "https://auth.example.com/token"\n`,
    },
  ],
  invalid: [
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
  ],
});
