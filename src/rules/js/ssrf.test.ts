import { testRule } from "../rule-tester.js";
import rule from "./ssrf.js";

testRule(rule, {
  valid: [
    {
      name: "trust: a URL from the environment is the operator's configuration (operatorFlows: ignore)",
      code: `const axios = require("axios");
async function ping() {
  return axios.get(process.env.HEALTH_URL + "/ping");
}`,
    },
    {
      name: "fixed host, user data in the path",
      code: `app.get("/users/:id", async (req, res) => {
  const r = await fetch(\`https://api.example.com/users/\${req.params.id}\`);
  res.json(await r.json());
});`,
    },
    {
      name: "encoded component",
      code: `app.get("/weather", async (req, res) => {
  const city = encodeURIComponent(req.query.city);
  const { data } = await axios.get(BASE_URL + "?q=" + city);
  res.json(data);
});`,
    },
    {
      name: "host checked against an allow-list",
      code: `const ALLOWED_HOSTS = new Set(["images.example.com"]);
export async function GET(request: Request) {
  const target = new URL(request.url).searchParams.get("src") ?? "";
  const host = new URL(target).host;
  if (!ALLOWED_HOSTS.has(host)) return new Response("no", { status: 400 });
  return fetch(\`https://\${host}/thumb.png\`);
}`,
      language: "typescript",
    },
    {
      name: "constant URL",
      code: `router.post("/ping", async (req, res) => {
  await got.post("https://hooks.example.com/ping", { json: req.body });
  res.end();
});`,
    },
  ],
  invalid: [
    {
      name: "fetch of a query parameter",
      code: `app.get("/proxy", async (req, res) => {
  const target = req.query.url;
  const upstream = await fetch(target);
  res.send(await upstream.text());
});`,
      lines: [3],
    },
    {
      name: "axios with a URL built from the body",
      code: `router.post("/webhook/test", async (req, res) => {
  const { host, port } = req.body;
  const url = "http://" + host + ":" + port + "/health";
  const { status } = await axios.get(url);
  res.json({ status });
});`,
      lines: [4],
    },
    {
      name: "http.get with an options object",
      code: `const http = require("http");
app.get("/fetch", (req, res) => {
  http.get({ host: req.query.host, path: "/" }, (r) => r.pipe(res));
});`,
      lines: [3],
    },
    {
      name: "Next.js route handler",
      code: `import { NextRequest, NextResponse } from "next/server";
export async function GET(request: NextRequest) {
  const imageUrl = request.nextUrl.searchParams.get("image");
  const image = await fetch(imageUrl!);
  return new NextResponse(image.body);
}`,
      lines: [4],
      language: "typescript",
    },
    {
      name: "needle with a URL concatenated from the query",
      code: `router.get("/research", (req, res) => {
  const url = req.query.url + req.query.symbol;
  return needle.get(url, (error, response, body) => res.send(body));
});`,
      lines: [3],
    },
  ],
});
