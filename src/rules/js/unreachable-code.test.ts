import { testRule } from "../rule-tester.js";
import rule from "./unreachable-code.js";

testRule(rule, {
  valid: [
    {
      name: "hoisted helper after return",
      code: `function total(items) {
  return items.reduce(add, 0);
  function add(a, b) { return a + b.price; }
}`,
    },
    {
      name: "else after a returning branch",
      code: `function sign(n) {
  if (n < 0) return -1;
  else if (n > 0) return 1;
  else return 0;
}`,
    },
    {
      name: "return inside a branch",
      code: `function find(list, id) {
  for (const item of list) {
    if (item.id === id) return item;
  }
  return null;
}`,
    },
    {
      name: "switch cases each ending in break",
      code: `switch (action.type) {
  case "add":
    state.count++;
    break;
  case "reset":
    state.count = 0;
    break;
}`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "audit log after return",
      code: `async function deleteUser(id) {
  await db.users.delete(id);
  return { ok: true };
  await audit.log("user.deleted", id);
}`,
      lines: [4],
    },
    {
      name: "statement after throw in a case",
      code: `function parse(kind, raw) {
  switch (kind) {
    case "json":
      throw new Error("use parseJson");
      return JSON.parse(raw);
    default:
      return raw;
  }
}`,
      lines: [5],
    },
  ],
});
