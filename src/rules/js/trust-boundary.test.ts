import { testRule } from "../rule-tester.js";
import rule from "./trust-boundary.js";

testRule(rule, {
  valid: [
    {
      name: "an address held as pending until the code sent to it comes back",
      code: `router.post("/account/email/start", async (req, res) => {
  const email = String(req.body.email || "").trim();
  req.session.pendingEmail = email;
  await sendCode(email);
  res.end();
});`,
    },
    {
      name: "a support agent's pick, stored after the signed-in user's staff check",
      code: `router.post("/support/impersonate", async (ctx) => {
  const target = String(ctx.query.user || "");
  if (!ctx.session.userId) ctx.throw(401);
  if (!(await isStaff(ctx.session.userId))) ctx.throw(403);
  ctx.session.userId = target;
});`,
    },
    {
      name: "a pick stored after the caller looked up from the session proved a role",
      code: `router.post("/support/view-as", async (req, res) => {
  const caller = await users.get(req.session.userId);
  if (!caller || caller.role !== "support") return res.sendStatus(403);
  req.session.effectiveUserId = String(req.query.userId);
  res.end();
});`,
    },
    {
      name: "a display name the user picks is theirs to pick",
      code: `app.put("/profile", (req, res) => {
  req.session.displayName = String(req.body.displayName || "").slice(0, 60);
  req.session.set("theme", req.body.theme);
  res.end();
});`,
    },
    {
      name: "a membership query with the value, then an exit when it found nothing",
      code: `export async function selectTenant(request, pool, tenantId) {
  const userId = request.session.get("userId");
  const { rowCount } = await pool.query("SELECT 1 FROM memberships WHERE user_id = $1 AND tenant_id = $2", [userId, tenantId]);
  if (!rowCount) return false;
  request.session.set("tenantId", tenantId);
  return true;
}`,
    },
    {
      name: "written only when a server-side check of the same value passed",
      code: `app.get("/verify", async (req, reply) => {
  const ok = await consumeVerifyToken(req.query.token, req.query.email);
  if (ok) req.session.set("verifiedEmail", req.query.email);
  return reply.redirect("/settings");
});`,
    },
    {
      name: "a value from an allow-list may go into the session",
      code: `router.post("/theme", (req, res) => {
  const { theme } = req.body;
  if (!THEMES.includes(theme)) return res.status(400).end();
  req.session.theme = theme;
  res.end();
});`,
    },
    {
      name: "Fastify session.set of a value the server looked up",
      code: `const users = require("./users");
fastify.post("/login", async (request, reply) => {
  const user = await users.verify(request.body.email, request.body.password);
  request.session.set("userId", user.id);
});`,
    },
    {
      name: "trust: a value read back from the database is what a session is for (storedFlows: ignore)",
      code: `app.post("/login", async (req, res) => {
  const account = await Account.findOne({ email: String(req.body.email) });
  req.session.plan = account.plan;
  res.redirect("/");
});`,
    },
    {
      name: "server-side value",
      code: `app.post("/login", async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  req.session.userId = user.id;
  res.redirect("/");
});`,
    },
    {
      name: "validated against an allow-list",
      code: `const LOCALES = ["en", "fr", "de"];
app.get("/lang", (req, res) => {
  const lang = req.query.lang;
  if (!LOCALES.includes(lang)) return res.sendStatus(400);
  req.session.locale = lang;
  res.end();
});`,
    },
    {
      name: "iron-session field set from a server-side lookup",
      code: `import { getIronSession } from "iron-session";
export async function POST(req: Request) {
  const sess = await getIronSession<{ plan?: string }>(req, new Response(), opts);
  const account = await accounts.find(sess.userId);
  sess.plan = account.plan;
  await sess.save();
  return Response.json({ ok: true });
}`,
      language: "typescript",
    },
    {
      name: "a number cast of a price the server looked up",
      code: `router.post("/cart/promo", async (req, res) => {
  const promo = await promos.findByCode(String(req.body.code));
  if (!promo) return res.sendStatus(404);
  req.session.discountPercent = Number(promo.percent);
  res.end();
});`,
    },
    {
      name: "a flag from comparing the client's code with the one the server holds",
      code: `app.post("/confirm", async (req, res) => {
  const entry = await codes.findOne({ email: req.session.pendingEmail });
  req.session.emailVerified = String(req.body.code) === entry.code;
  res.end();
});`,
    },
    {
      name: "a cart line the shopper picks (item, quantity) with the catalogue's price, pushed onto the session's cart",
      code: `router.post("/cart/items", async (req, res) => {
  const { sku, qty } = req.body;
  const product = await catalog.bySku(String(sku));
  if (!product) return res.sendStatus(404);
  req.session.cart = req.session.cart || [];
  req.session.cart.push({ sku, qty: Math.max(1, parseInt(qty, 10) || 1), price: Number(product.price) });
  res.end();
});`,
    },
  ],
  invalid: [
    {
      name: "beside a pending address, the same address stored as already verified",
      code: `router.post("/account/email/start", async (req, res) => {
  req.session.pendingEmail = String(req.body.email);
  req.session.verifiedEmail = req.body.email;
  res.end();
});`,
      lines: [3],
    },
    {
      name: "a lookup of the client's id alone shows the user exists, not that the requester may act as them",
      code: `router.get("/support/view-as", async (req, res) => {
  const asUser = String(req.query.asUser);
  const target = await users.findById(asUser);
  if (!target) return res.sendStatus(404);
  req.session.effectiveUserId = asUser;
  res.end();
});`,
      lines: [5],
    },
    {
      name: "only a login check of the signed-in user before storing the client's pick",
      code: `router.post("/support/impersonate", async (ctx) => {
  const me = await users.get(ctx.session.userId);
  if (!me) ctx.throw(401);
  if (ctx.get("X-Support") !== "true") ctx.throw(403);
  ctx.session.userId = String(ctx.query.user);
});`,
      lines: [5],
    },
    {
      name: "a client price pushed onto the array the session holds",
      code: `router.post("/cart/items", async (req, res) => {
  const { sku, qty, price } = req.body;
  req.session.cart = req.session.cart || [];
  req.session.cart.push({ sku, qty: Number(qty), price: Number(price) });
  res.end();
});`,
      lines: [4],
    },
    {
      name: "a number or boolean cast keeps the client's pick: a price or a verified flag from the body",
      code: `fastify.post("/signup", async (request, reply) => {
  const { emailVerified, discountPercent } = request.body;
  request.session.set("emailVerified", Boolean(emailVerified));
  request.session.discountPercent = Number(discountPercent);
  return reply.code(201).send();
});`,
      lines: [3, 4],
    },
    {
      name: "a flag the client sets by sending the compared literal",
      code: `app.get("/verify-email", async (req, reply) => {
  const ok = await consumeVerifyToken(req.query.token, req.query.email);
  req.session.set("emailVerified", req.query.verified === "true" || ok);
  return reply.redirect("/settings");
});`,
      lines: [3],
    },
    {
      name: "a check of a request header is no verification of the stored value",
      code: `router.post("/impersonate", async (ctx) => {
  const target = String(ctx.query.user || "");
  if (ctx.get("X-Support") !== "true") ctx.throw(403);
  ctx.session.userId = target;
});`,
      lines: [4],
    },
    {
      name: "a check of another value guards nothing",
      code: `app.post("/tenant", async (req, res) => {
  const tenantId = req.body.tenantId;
  if (!(await isStaff(req.session.userId))) return res.sendStatus(403);
  req.session.tenantId = tenantId;
  res.end();
});`,
      lines: [4],
    },
    {
      name: "a well-formed id is still the caller's choice: a format check is no authorisation",
      code: `router.post("/tenants/switch", (req, res) => {
  const { tenantId } = req.body;
  if (typeof tenantId !== "string" || !/^[0-9a-f-]{36}$/.test(tenantId)) return res.status(400).end();
  req.session.tenantId = tenantId;
  res.end();
});`,
      lines: [4],
    },
    {
      name: "Fastify session.set of a header",
      code: `fastify.get("/sso", async (request, reply) => {
  const userId = request.headers["x-authenticated-user"];
  request.session.set("userId", userId);
  return reply.redirect("/app");
});`,
      lines: [3],
    },
    {
      name: "Koa session written through a non-null assertion",
      code: `router.post("/signup", async (ctx) => {
  const form = ctx.request.body as SignupForm;
  ctx.session!.role = form.role;
});`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "NestJS @Session() object given a body field",
      code: `@Controller("auth")
export class TwoFactorController {
  @Post("totp")
  verify(@Body() body: TotpDto, @Session() session: AppSession) {
    session.userId = body.userId;
  }
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "role from the body",
      code: `app.post("/profile", (req, res) => {
  const { displayName, role } = req.body;
  req.session.displayName = displayName;
  req.session.role = role;
  res.end();
});`,
      lines: [3, 4],
    },
    {
      name: "Koa session",
      code: `router.get("/return", async (ctx) => {
  ctx.session.returnTo = ctx.query.next;
  ctx.redirect("/login");
});`,
      lines: [2],
    },
    {
      name: "iron-session field set from the query string",
      code: `import { getIronSession } from "iron-session";
export default async function handler(req, res) {
  const sess = await getIronSession(req, res, opts);
  sess.currency = req.query.currency;
  await sess.save();
  res.end();
}`,
      lines: [4],
    },
  ],
});
