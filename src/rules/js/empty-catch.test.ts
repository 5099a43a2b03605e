import { testRule } from "../rule-tester.js";
import rule from "./empty-catch.js";

testRule(rule, {
  valid: [
    {
      name: "logged",
      code: `try {
  await sendWelcomeEmail(user);
} catch (err) {
  logger.warn({ err, userId: user.id }, "welcome email failed");
}`,
    },
    {
      name: "explained with a comment",
      code: `function readOptionalConfig(path) {
  try {
    return JSON.parse(fs.readFileSync(path, "utf8"));
  } catch {
    // A missing or invalid optional config means "use the defaults".
  }
  return {};
}`,
    },
    {
      name: "catch callback that reports",
      code: `refresh().catch((e) => console.error("refresh failed", e));`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "payment error swallowed",
      code: `async function pay(order) {
  try {
    await stripe.charges.create(order.charge);
    order.status = "paid";
  } catch (e) {}
  return order;
}`,
      lines: [5],
    },
    {
      name: "empty promise catch",
      code: `export function warmCache(keys: string[]) {
  loadAll(keys).catch(() => {});
}`,
      lines: [2],
      language: "typescript",
    },
  ],
});
