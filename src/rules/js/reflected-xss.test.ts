import { testRule } from "../rule-tester.js";
import rule from "./reflected-xss.js";

testRule(rule, {
  valid: [
    {
      name: "EJS template constant of the file that escapes every value",
      code: `const TEMPLATE = \`<section>
  <div class="bio"><%= user.bio %></div>
</section>\`;
export function renderBio(user) {
  return ejs.render(TEMPLATE, { user });
}`,
    },
    {
      name: "templates: the template escapes the request value ({{headline}}); only a constant is printed raw",
      code: `const express = require("express");
const path = require("path");
const app = express();
app.set("view engine", "hbs");
app.set("views", path.join(__dirname, "pages"));
app.get("/landing", (req, res) => {
  const headline = String(req.query.headline || "");
  res.render("landing", { headline, year: 2024 });
});`,
      filename: "app.js",
      templates: [{ path: "pages/landing.hbs", text: "<h1>{{headline}}</h1><p>{{{year}}}</p>" }],
    },
    {
      name: "templates: a raw-printing template that is not where the framework looks is not judged",
      code: `const express = require("express");
const path = require("path");
const app = express();
app.set("view engine", "hbs");
app.set("views", path.join(__dirname, "pages"));
app.get("/landing", (req, res) => {
  const headline = String(req.query.headline || "");
  res.render("landing", { headline, year: 2024 });
});`,
      filename: "app.js",
      templates: [{ path: "other/landing.hbs", text: "<h1>{{{headline}}}</h1>" }],
    },
    {
      name: "templates: EJS escapes the stored rows it loops over with <%=",
      code: `const Koa = require("koa");
const Router = require("@koa/router");
const render = require("@koa/ejs");
const path = require("path");
const app = new Koa();
const router = new Router();
render(app, { root: path.join(__dirname, "views"), viewExt: "ejs" });
router.get("/wall", async (ctx) => {
  const notes = await db.query("SELECT body FROM notes");
  await ctx.render("wall", { notes: notes.rows });
});`,
      filename: "app.js",
      templates: [
        { path: "views/wall.ejs", text: "<% notes.forEach(function (n) { %><p><%= n.body %></p><% }) %>" },
      ],
    },
    {
      name: "a local page helper escapes the term; the rows it lists were picked from constants by a predicate",
      code: `const escapeHtml = require("escape-html");
const DOCS = [{ title: "Billing" }, { title: "SSO" }];
function page(q, hits) {
  const items = hits.map((h) => \`<li>\${h.title}</li>\`).join("");
  return \`<h1>\${escapeHtml(q)}</h1><ul>\${items}</ul>\`;
}
app.get("/search", (req, res) => {
  const q = String(req.query.q || "");
  res.send(page(q, DOCS.filter((d) => d.title.includes(q))));
});`,
    },
    {
      name: "Fastify sends a string as text/plain unless told otherwise",
      code: `fastify.get("/echo", async (request, reply) => {
  return reply.send("You said " + request.query.q);
});`,
    },
    {
      name: "Koa body without an HTML type",
      code: `router.get("/echo", (ctx) => {
  ctx.body = "You said " + ctx.query.q;
});`,
    },
    {
      name: "NestJS HTML handler that escapes",
      code: `@Controller("mailing")
export class UnsubscribeController {
  @Get("unsubscribe")
  @Header("Content-Type", "text/html")
  unsubscribe(@Query("email") email: string) {
    return \`<p>\${escapeHtml(email)} is unsubscribed</p>\`;
  }
}`,
      language: "typescript",
    },
    {
      name: "an EJS template with escaping tags only",
      code: `app.get("/hi", (req, res) => {
  res.send(ejs.render("<p>Hello <%= name %></p>", { name: req.query.name }));
});`,
    },
    {
      name: "escaped before building HTML",
      code: `const escapeHtml = require("escape-html");
app.get("/hello", (req, res) => {
  const name = escapeHtml(req.query.name);
  res.send("<h1>Hello " + name + "</h1>");
});`,
    },
    {
      name: "JSON response",
      code: `app.get("/echo", (req, res) => {
  res.json({ you: req.query.q });
});`,
    },
    {
      name: "plain text response",
      code: `app.get("/echo", (req, res) => {
  res.type("text").send(req.query.q);
});`,
    },
    {
      name: "numeric value",
      code: `app.get("/page", (req, res) => {
  const page = parseInt(req.query.page, 10) || 1;
  res.send(\`<p>Page \${page}</p>\`);
});`,
    },
    {
      name: "Handlebars template with escaping left on",
      code: `const Handlebars = require("handlebars");
const card = Handlebars.compile("<p>{{author}}: {{text}}</p>", { strict: true });
app.get("/card", (req, res) => res.type("html").send(card({ author: req.query.a, text: req.query.t })));`,
    },
    {
      name: "status chain with an escaped name",
      code: `app.get("/hello", (req, res) => {
  const who = escapeHtml(req.query.who);
  res.status(200).send("<h1>Hello " + who + "</h1>");
});`,
    },
  ],
  invalid: [
    {
      name: "templates: res.render hands a query value to a Handlebars template in the folder app.set names, which prints it with {{{ }}}",
      code: `const express = require("express");
const path = require("path");
const app = express();
app.set("view engine", "hbs");
app.set("views", path.join(__dirname, "pages"));
app.get("/landing", (req, res) => {
  const headline = String(req.query.headline || "");
  res.render("landing", { headline, year: 2024 });
});`,
      filename: "app.js",
      templates: [{ path: "pages/landing.hbs", text: "<h1>{{{headline}}}</h1>" }],
      lines: [8],
      message: "pages/landing.hbs, which prints headline unescaped on line 1",
    },
    {
      name: "templates: ctx.render hands stored rows to an EJS template that prints a loop variable's field with <%-",
      code: `const Koa = require("koa");
const Router = require("@koa/router");
const render = require("@koa/ejs");
const path = require("path");
const app = new Koa();
const router = new Router();
render(app, { root: path.join(__dirname, "views"), viewExt: "ejs" });
router.get("/wall", async (ctx) => {
  const notes = await db.query("SELECT body FROM notes");
  await ctx.render("wall", { notes: notes.rows });
});`,
      filename: "app.js",
      templates: [
        { path: "views/wall.ejs", text: "<% notes.forEach(function (n) { %>\n<p><%- n.body %></p><% }) %>" },
      ],
      lines: [10],
      message: "views/wall.ejs, which prints notes unescaped on line 2",
    },
    {
      name: "templates: reply.view hands a query value to a Pug template that prints it with !=",
      code: `const fastify = require("fastify")();
fastify.register(require("@fastify/view"), { engine: { pug: require("pug") } });
fastify.get("/hi", async (request, reply) => {
  const who = request.query.who;
  return reply.view("hi.pug", { who });
});`,
      filename: "server.js",
      templates: [{ path: "views/hi.pug", text: "html\n  body\n    p!= who" }],
      lines: [5],
    },
    {
      name: "a local page helper escapes the term but writes the second value raw",
      code: `const escapeHtml = require("escape-html");
function page(q, note) {
  return \`<h1>\${escapeHtml(q)}</h1><p>\${note}</p>\`;
}
app.get("/search", (req, res) => {
  res.send(page(req.query.q, req.query.note));
});`,
      lines: [6],
    },
    {
      name: "Fastify reply with an HTML type",
      code: `app.get("/docs/:slug", async (req, reply) => {
  const back = req.headers.referer ?? "/docs";
  return reply.code(404).type("text/html; charset=utf-8").send(\`<a href="\${back}">Back</a>\`);
});`,
      lines: [3],
    },
    {
      name: "Koa body after ctx.type = html",
      code: `router.get("/login", (ctx) => {
  const notice = String(ctx.query.notice || "");
  ctx.type = "html";
  ctx.body = banner + notice;
});`,
      lines: [4],
    },
    {
      name: "NestJS handler returning HTML built from @Query()",
      code: `@Controller("mailing")
export class UnsubscribeController {
  @Get("unsubscribe")
  @Header("Content-Type", "text/html; charset=utf-8")
  unsubscribe(@Query("email") email: string) {
    return \`<p>\${email} is unsubscribed</p>\`;
  }
}`,
      lines: [6],
      language: "typescript",
    },
    {
      name: "EJS raw tag in a template constant of the file, declared apart from the render call",
      code: `const TEMPLATE = \`<section>
  <div class="bio"><%- user.bio %></div>
</section>\`;
export function renderBio(user) {
  return ejs.render(TEMPLATE, { user });
}`,
      lines: [5],
    },
    {
      name: "EJS raw tag in a template rendered in the code",
      code: `app.get("/hi", (req, res) => {
  res.type("html").send(ejs.render("<p>Hello <%- name %></p>", { name: req.query.name }));
});`,
      lines: [2],
    },
    {
      name: "Pug unescaped attribute and Handlebars triple braces",
      code: `const page = pug.compile("p!= message");
const card = Handlebars.compile("<div>{{{bio}}}</div>");`,
      lines: [1, 2],
    },
    {
      name: "greeting built from the query string",
      code: `app.get("/hello", (req, res) => {
  const name = req.query.name || "stranger";
  const html = \`<html><body><h1>Hello \${name}</h1></body></html>\`;
  res.send(html);
});`,
      lines: [4],
    },
    {
      name: "error page echoing a header",
      code: `app.use((err, req, res, next) => {
  const ref = req.get("Referer");
  res.status(500);
  res.write("<p>Something went wrong. <a href='" + ref + "'>Back</a></p>");
  res.end();
});`,
      lines: [4],
    },
    {
      name: "Koa body with HTML",
      code: `router.get("/search", async (ctx) => {
  const q = ctx.query.q;
  ctx.body = \`<h2>Results for \${q}</h2>\`;
});`,
      lines: [3],
    },
    {
      name: "Handlebars template compiled with noEscape",
      code: `const Handlebars = require("handlebars");
const card = Handlebars.compile("<p>{{author}}: {{text}}</p>", { noEscape: true });
app.get("/card", (req, res) => res.type("html").send(card({ author: req.query.a, text: req.query.t })));`,
      lines: [2],
    },
    {
      name: "status chain sends a page built by a helper",
      code: `function banner(msg) {
  return "<div class=banner>" + msg + "</div>";
}
app.get("/hello", (req, res) => {
  res.status(200).send(banner(req.query.msg));
});`,
      lines: [5],
    },
  ],
});
