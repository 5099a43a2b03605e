import { testRule } from "../rule-tester.js";
import rule from "./async-promise-executor.js";

testRule(rule, {
  valid: [
    {
      name: "synchronous executor",
      code: `const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));`,
    },
    {
      name: "plain async function",
      code: `async function loadProfile(id: string) {
  const res = await fetch(\`/api/profiles/\${id}\`);
  return res.json();
}`,
      language: "typescript",
    },
  ],
  invalid: [
    {
      name: "async executor around awaits",
      code: `function loadConfig(path) {
  return new Promise(async (resolve, reject) => {
    const raw = await fs.promises.readFile(path, "utf8");
    resolve(JSON.parse(raw));
  });
}`,
      lines: [2],
    },
  ],
});
