import { testRule } from "../rule-tester.js";
import rule from "./ssrf.js";

testRule(rule, {
  valid: [
    {
      name: "page.goto of a fixed origin; a goto in a file without a headless browser is not a fetch",
      code: `const puppeteer = require("puppeteer");
app.get("/pdf", async (req, res) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.goto(\`https://reports.example.com/r/\${encodeURIComponent(req.query.id)}\`);
  res.send(await page.pdf());
});`,
    },
    {
      name: "router.goto in a file without a headless browser",
      code: `app.get("/go", (req, res) => { wizard.goto(req.query.step); res.end(); });`,
    },
    {
      name: "this.http.get of a path under a fixed origin",
      code: `export class Api {
  constructor(private readonly http: HttpService) {}
  @Get(":id")
  one(@Param("id") id: string) {
    return this.http.get(\`https://api.example.com/items/\${encodeURIComponent(id)}\`);
  }
}`,
      language: "typescript",
    },
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
      name: "the host is resolved and a non-public address refused before the request",
      code: `const { lookup } = require("dns").promises;
async function assertPublic(rawUrl) {
  const u = new URL(rawUrl);
  const { address } = await lookup(u.hostname);
  if (ipaddr.process(address).range() !== "unicast") throw new Error("non-public address");
}
app.post("/hooks/test", async (req, res) => {
  await assertPublic(req.body.url);
  const r = await fetch(req.body.url, { method: "POST", redirect: "manual" });
  res.json({ status: r.status });
});`,
    },
    {
      name: "the client is given a lookup that refuses internal addresses (got's dnsLookup)",
      code: `app.post("/avatar", async (req, res) => {
  const body = await got(req.body.url, { dnsLookup: publicOnlyLookup, followRedirect: false }).buffer();
  res.send(body);
});`,
    },
    {
      name: "the parsed URL's origin compared with the origin the instance was configured with",
      code: `export class PdfRenderer {
  constructor(private readonly appOrigin: string) {}
  async render(req: Request) {
    const target = new URL(String(req.body.url), this.appOrigin);
    if (target.origin !== this.appOrigin) throw new Error("only application pages");
    return fetch(target.href);
  }
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
    {
      name: "the URL replaced by a constant fallback unless https and an allow-listed host",
      code: `const got = require("got");
const CDN_HOSTS = ["cdn.example-static.com"];
const FALLBACK = "https://cdn.example-static.com/avatars/default.png";
router.get("/avatar", async (ctx) => {
  let url = new URL(String(ctx.query.src));
  if (url.protocol !== "https:" || !CDN_HOSTS.includes(url.hostname)) url = new URL(FALLBACK);
  ctx.body = got.stream(url.href);
});`,
    },
  ],
  invalid: [
    {
      name: "a checker of the file that only tests the URL's prefix: https://cdn.example.evil.test passes",
      code: `const CDN_ORIGIN = "https://cdn.example.com";
function isAllowed(src) {
  return src.startsWith(CDN_ORIGIN);
}
app.get("/img", async (req, res) => {
  const src = String(req.query.src);
  if (!isAllowed(src)) throw new Error("not allowed");
  const r = await fetch(src);
  res.send(await r.text());
});`,
      lines: [8],
    },
    {
      name: "http or https chosen by the URL's scheme, with no https. anywhere in the file",
      code: `const https = require("https");
const http = require("http");
app.post("/notify", (req) => {
  const u = new URL(req.get("X-Callback-Url"));
  const client = u.protocol === "https:" ? https : http;
  client.get(u.href, (r) => r.resume());
});`,
      lines: [6],
    },
    {
      name: "NestJS HttpService injected as this.http, URL from the body",
      code: `@Controller("avatars")
export class AvatarController {
  constructor(private readonly http: HttpService) {}
  @Post()
  async importAvatar(@Body() body: ImportDto) {
    const res = await firstValueFrom(this.http.get(body.url, { responseType: "arraybuffer" }));
    return res.data.byteLength;
  }
}`,
      lines: [6],
      language: "typescript",
    },
    {
      name: "Puppeteer page.goto with a URL from the query",
      code: `const puppeteer = require("puppeteer");
app.get("/pdf", async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(req.query.url);
  res.send(await page.pdf());
});`,
      lines: [5],
    },
    {
      name: "rss-parser parseURL with a URL from the body",
      code: `import Parser from "rss-parser";
const parser = new Parser();
app.post("/feeds", async (req, res) => {
  const feed = await parser.parseURL(req.body.feedUrl);
  res.json(feed.items);
});`,
      lines: [4],
    },
    {
      name: "Node's request on http or https chosen by the URL's scheme",
      code: `const http = require("http");
const https = require("https");
app.post("/ping", (req, res) => {
  const target = new URL(req.body.url);
  const client = target.protocol === "https:" ? https : http;
  client.request(target, { method: "HEAD" }, (r) => res.sendStatus(r.statusCode)).end();
});`,
      lines: [6],
    },
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
    {
      name: "a constant fallback when the scheme is wrong says nothing of the host",
      code: `const got = require("got");
const FALLBACK = "https://cdn.example-static.com/avatars/default.png";
router.get("/avatar", async (ctx) => {
  let url = new URL(String(ctx.query.src));
  if (url.protocol !== "https:") url = new URL(FALLBACK);
  ctx.body = got.stream(url.href);
});`,
      lines: [6],
    },
  ],
});
