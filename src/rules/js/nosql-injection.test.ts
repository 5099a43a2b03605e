import { testRule } from "../rule-tester.js";
import rule from "./nosql-injection.js";

testRule(rule, {
  valid: [
    {
      name: "values cast to strings",
      code: `app.post("/login", async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email), active: true });
  res.json({ ok: Boolean(user) });
});`,
    },
    {
      name: "route parameters are strings",
      code: `router.get("/posts/:slug", async (req, res) => {
  const post = await Post.findOne({ slug: req.params.slug });
  res.json(post);
});`,
    },
    {
      name: "array find with a callback",
      code: `app.get("/item", (req, res) => {
  const item = items.find((i) => i.id === req.query.id);
  res.json(item);
});`,
    },
    {
      name: "sanitizeFilter",
      code: `app.post("/search", async (req, res) => {
  const docs = await Product.find(mongoose.sanitizeFilter(req.body.filter));
  res.json(docs);
});`,
    },
    {
      name: "constant $where",
      code: `const stale = await db.collection("jobs").find({ $where: "this.finishedAt < this.startedAt" }).toArray();`,
    },
  ],
  invalid: [
    {
      name: "login with body fields",
      code: `app.post("/login", async (req, res) => {
  const { username, password } = req.body;
  const user = await User.findOne({ username: username, password: password });
  if (!user) return res.status(401).end();
  res.json({ token: sign(user) });
});`,
      lines: [3],
    },
    {
      name: "query object taken whole from the query string",
      code: `router.get("/products", async (req, res) => {
  const filter = req.query;
  const products = await db.collection("products").find(filter).toArray();
  res.json(products);
});`,
      lines: [3],
    },
    {
      name: "$where built from input",
      code: `app.get("/age", async (req, res) => {
  const min = req.query.min;
  const people = await People.find({ $where: "this.age > " + min });
  res.json(people);
});`,
      lines: [3],
      cwe: "CWE-943",
    },
    {
      name: "Next.js body into deleteMany",
      code: `export async function POST(request: Request) {
  const body = await request.json();
  await Session.deleteMany({ userId: body.userId });
  return Response.json({ ok: true });
}`,
      lines: [3],
      language: "typescript",
    },
  ],
});
