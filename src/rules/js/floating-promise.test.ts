import { testRule } from "../rule-tester.js";
import rule from "./floating-promise.js";

testRule(rule, {
  valid: [
    {
      name: "awaited",
      code: `async function saveUser(user) { await db.insert(user); }
app.post("/users", async (req, res) => {
  await saveUser(req.body);
  res.status(201).end();
});`,
    },
    {
      name: "handled with catch",
      code: `async function sendEmail(to) { await mailer.send(to); }
export async function register(user) {
  sendEmail(user.email).catch((err) => logger.warn(err));
  return user;
}`,
    },
    {
      name: "explicitly detached with void",
      code: `async function refreshCache() {}
async function main() {
  void refreshCache();
}`,
    },
    {
      name: "returned",
      code: `async function load(id: string) { return fetch("/api/" + id); }
export async function loadTwice(id: string) {
  await load(id);
  return load(id);
}`,
      language: "typescript",
    },
    {
      name: "not inside an async function (fire-and-forget at top level is a different concern)",
      code: `async function start() {}
start();`,
    },
    {
      name: "then with a rejection handler",
      code: `async function poll() {
  fetch("/status").then((r) => r.json(), (err) => console.error(err));
}`,
    },
    {
      name: "synchronous helper",
      code: `function log(msg) { console.log(msg); }
async function run() {
  log("start");
  await work();
}`,
    },
  ],
  invalid: [
    {
      name: "same-file async function not awaited",
      code: `async function audit(event) {
  await db.collection("audit").insertOne(event);
}
app.delete("/items/:id", async (req, res) => {
  await Item.deleteOne({ _id: req.params.id });
  audit({ type: "delete", id: req.params.id });
  res.sendStatus(204);
});`,
      lines: [6],
      at: [{ line: 6, column: 3, endLine: 6, endColumn: 47 }],
      output:
        'async function audit(event) {\n  await db.collection("audit").insertOne(event);\n}\napp.delete("/items/:id", async (req, res) => {\n  await Item.deleteOne({ _id: req.params.id });\n  await audit({ type: "delete", id: req.params.id });\n  res.sendStatus(204);\n});',
    },
    {
      name: "fetch used as a statement",
      code: `export async function POST(request: Request) {
  const body = await request.json();
  fetch("https://hooks.example.com/notify", { method: "POST", body: JSON.stringify(body) });
  return new Response("ok");
}`,
      lines: [3],
      language: "typescript",
    },
    {
      name: "async method on this",
      code: `class Store {
  async persist() { await fs.promises.writeFile(this.path, this.data); }
  async set(key, value) {
    this.data[key] = value;
    this.persist();
  }
}`,
      lines: [5],
    },
    {
      name: "then without catch",
      code: `async function init() {
  loadConfig().then((cfg) => apply(cfg));
}`,
      lines: [2],
    },
    {
      name: "Promise.all not awaited",
      code: `const cleanup = async (files: string[]) => {
  Promise.all(files.map((f) => fs.promises.unlink(f)));
  console.log("done");
};`,
      lines: [2],
      language: "typescript",
    },
  ],
});
