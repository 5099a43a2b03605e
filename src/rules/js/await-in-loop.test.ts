import { testRule } from "../rule-tester.js";
import rule from "./await-in-loop.js";

testRule(rule, {
  valid: [
    {
      name: "already batched",
      code: `async function loadUsers(ids) {
  return Promise.all(ids.map((id) => db.users.findById(id)));
}`,
    },
    {
      name: "sequential on purpose: stops at the first success",
      code: `async function firstAvailable(mirrors) {
  for (const url of mirrors) {
    const res = await fetch(url);
    if (res.ok) return res;
  }
  throw new Error("all mirrors down");
}`,
    },
    {
      name: "rate-limited on purpose",
      code: `async function notifyAll(users: User[]) {
  for (const user of users) {
    await mailer.send(user.email);
    await sleep(100);
  }
}`,
      language: "typescript",
    },
    {
      name: "result accumulated in order",
      code: `async function readAll(files) {
  const out = [];
  for (const f of files) {
    out.push(await fs.promises.readFile(f, "utf8"));
  }
  return out;
}`,
    },
  ],
  invalid: [
    {
      name: "one request per id",
      code: `async function warmCaches(productIds) {
  for (const id of productIds) {
    const product = await fetch(\`/api/products/\${id}\`);
    cache.set(id, await product.json());
  }
}`,
      lines: [3],
    },
    {
      name: "deleting rows one by one",
      code: `export async function purge(sessions: Session[]) {
  for (const session of sessions) {
    await db.sessions.delete(session.id);
  }
}`,
      lines: [3],
      language: "typescript",
    },
  ],
});
