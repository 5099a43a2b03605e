import { testRule } from "../rule-tester.js";
import rule from "./nosql-injection.js";

testRule(rule, {
  valid: [
    {
      name: "a public service method's parameter declared a string holds no operator object",
      code: `@Injectable()
export class AnalyticsService {
  constructor(@InjectModel("Event") private readonly events: Model<Event>) {}
  async summarize(tenantId: string) {
    return this.events.aggregate([{ $match: { tenantId } }, { $group: { _id: "$type" } }]);
  }
}`,
      language: "typescript",
    },
    {
      name: "a validator of the file, whatever its name, tests the value's type and format before the query",
      code: `function looksSafe(code) {
  return typeof code === "string" && /^[A-Z0-9]{8,32}$/.test(code);
}
app.post("/invites/redeem", async (req, res) => {
  const code = req.body.code;
  if (!looksSafe(code)) return res.sendStatus(400);
  res.json(await invites.findOneAndUpdate({ code, usedAt: null }, { $set: { usedAt: new Date() } }));
});`,
    },
    {
      name: "update and find of objects that are no MongoDB collection, in a file that shows none",
      code: `socket.on("message", (raw) => {
  const msg = JSON.parse(raw.toString());
  room.update(msg.state);
  const seat = seats.find(msg.seat);
});`,
    },
    {
      name: "a stored document's own id",
      code: `app.post("/reset", async (req, res) => {
  const user = await Users.findOne({ email: String(req.body.email) });
  await Users.updateOne({ _id: user._id }, { $set: { resetToken: null } });
  res.end();
});`,
    },
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
    {
      name: "Sequelize and TypeORM where options are SQL parameters, not MongoDB operators",
      code: `app.post("/login", async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  res.json({ ok: Boolean(user) });
});`,
    },
    {
      name: "a value checked to be a string cannot carry an operator",
      code: `router.get("/products", async (ctx) => {
  const tag = typeof ctx.query.tag === "string" ? ctx.query.tag : undefined;
  ctx.body = await Product.find(tag ? { tags: tag } : {});
});`,
    },
    {
      name: "an early return on a non-string value",
      code: `app.post("/reset", async (req, res) => {
  const { token } = req.body;
  if (typeof token !== "string") return res.status(400).end();
  await Users.updateOne({ resetToken: token }, { $set: { resetToken: null } });
  res.end();
});`,
    },
    {
      name: "a hash's update is not a query",
      code: `app.post("/sig", (req, res) => {
  const h = crypto.createHmac("sha256", KEY);
  res.send(h.update(req.body.payload).digest("hex"));
});`,
    },
    {
      name: "mapReduce with functions written in the program",
      code: `app.get("/stats", async (req, res) => {
  const out = await Orders.mapReduce(function () { emit(this.sku, 1); }, (k, v) => v.length, { query: { shop: String(req.query.shop) } });
  res.json(out);
});`,
    },
  ],
  invalid: [
    {
      name: "a public service method's string parameter parsed as JSON into the $match stage",
      code: `@Injectable()
export class StatsService {
  constructor(@InjectModel("Event") private readonly events: Model<Event>) {}
  async counts(account: string, rawMatch: string) {
    const extra = rawMatch ? JSON.parse(rawMatch) : {};
    return this.events.aggregate([{ $match: { ...extra, accountId: account } }]);
  }
}`,
      lines: [6],
      language: "typescript",
    },
    {
      name: "a public service method's object parameter spread into the $match stage",
      code: `@Injectable()
export class AnalyticsService {
  constructor(@InjectModel("Event") private readonly events: Model<Event>) {}
  async summarize(tenantId: string, filter: Record<string, unknown>) {
    return this.events.aggregate([{ $match: { tenantId, ...filter } }]);
  }
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "a Mongoose model by its capitalised name, the body passed whole as the filter",
      code: `app.post("/search", async (req, res) => {
  res.json(await Product.find(req.body));
});`,
      lines: [2],
    },
    {
      name: "second-order: saved criteria read back and merged into a filter",
      code: `async function run(user, id) {
  const view = await db.collection("views").findOne({ _id: new ObjectId(id), owner: user.id });
  const filter = Object.assign({ tenantId: user.tenantId }, JSON.parse(view.criteria));
  return db.collection("contacts").find(filter).toArray();
}`,
      lines: [4],
    },
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
    {
      name: "update with a body value as the filter",
      code: `app.post("/invites/accept", async (req, res) => {
  await Invite.findOneAndUpdate({ code: req.body.code, usedBy: null }, { usedBy: req.user.id });
  res.end();
});`,
      lines: [2],
    },
    {
      name: "remove with the query string taken whole",
      code: `app.delete("/notes", async (req, res) => {
  await Note.remove(req.query);
  res.end();
});`,
      lines: [2],
    },
    {
      name: "criteria spread over the owner's scope, reported at the method of a multi-line chain",
      code: `app.post("/notes/delete", async (req, res) => {
  const criteria = JSON.parse(String(req.body.criteria));
  const result = await db
    .collection("notes")
    .deleteMany({ ownerId: req.user.id, ...criteria });
  res.json(result);
});`,
      lines: [5],
    },
    {
      name: "aggregate pipeline with a body stage",
      code: `app.post("/stats", async (req, res) => {
  const rows = await events.aggregate([{ $match: req.body.match }, { $group: { _id: "$type" } }]).toArray();
  res.json(rows);
});`,
      lines: [2],
    },
    {
      name: "mapReduce with map code from the request",
      code: `app.post("/report", async (req, res) => {
  const out = await Orders.mapReduce("function () { emit(this." + req.body.key + ", 1); }", "function (k, v) { return v.length; }");
  res.json(out);
});`,
      lines: [2],
      cwe: "CWE-943",
    },
    {
      name: "NestJS @Body() value in a filter",
      code: `@Controller("invites")
export class InvitesController {
  @Post("accept")
  async accept(@Body() body: AcceptDto) {
    return this.invites.findOne({ code: body.code });
  }
}`,
      lines: [5],
      language: "typescript",
    },
    {
      name: "Next.js server action form field",
      code: `"use server";
export async function removeNote(formData: FormData) {
  const filter = JSON.parse(String(formData.get("filter")));
  await notes.deleteOne(filter);
}`,
      lines: [4],
      language: "typescript",
    },
  ],
});
