import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FAKE, fakeBody } from "../../src/rules/text/lib/fake-secrets.js";
import { EXTERNAL_TOOLS_OFF, operatorHome } from "../hostile/hostile-support.js";
import { cli } from "../support/cli-harness.js";
import { KEYS, type LlmTestServer } from "../support/llm-servers/index.js";
import { agentRequest, emptyAnswer, startAgentServer, type AgentRequest } from "./agent-server.js";
import { useLocalOpenAi } from "./rig.js";

/**
 * The proof that nothing secret leaves for a model: a repository full of
 * planted secrets (in code, config objects, strings, comments, default
 * arguments, headers, test files, `.env` and YAML files, and on the lines of
 * rule findings) goes through every agent and the fix task against the local
 * OpenAI wire server, which records every request body; none of the planted
 * values is in any of them (docs/security-notes/secrets-and-models.md).
 */

const HEX = "0123456789abcdef";
const pemBody = FAKE.pemBody();
const PLANTED = {
  stripe: FAKE.stripe(),
  stripeTest: FAKE.stripeTest(),
  openai: FAKE.openai(),
  openaiLegacy: FAKE.openaiLegacy(),
  slackHook: FAKE.slackWebhook(),
  slackToken: FAKE.slack(),
  github: FAKE.github(),
  gitlab: ["gl", "pat-", fakeBody(20, undefined, 29)].join(""),
  google: FAKE.google(),
  awsId: FAKE.aws(),
  awsSecret: FAKE.awsSecret(),
  jwt: FAKE.jwt(),
  pgPassword: fakeBody(16, undefined, 37),
  mongoPassword: fakeBody(14, undefined, 43),
  redisPassword: fakeBody(18, undefined, 47),
  apiToken: fakeBody(40, undefined, 53),
  cryptoKey: fakeBody(32, HEX, 5),
  configSecret: fakeBody(32, undefined, 59),
  clientSecret: fakeBody(28, undefined, 61),
  bearer: fakeBody(36, undefined, 67),
  defaultPassword: fakeBody(14, undefined, 71),
  commentKey: fakeBody(24, undefined, 73),
  testPassword: fakeBody(12, undefined, 79),
  dotenvPassword: fakeBody(20, undefined, 83),
  yamlSecret: fakeBody(24, undefined, 89),
};

const SETTINGS_PY = [
  '"""Settings and the order lookups that use them."""',
  "import sqlite3",
  "",
  `STRIPE_KEY = "${PLANTED.stripe}"`,
  `OPENAI = "${PLANTED.openai}"`,
  `SLACK_HOOK = "${PLANTED.slackHook}"`,
  `DATABASE_URL = "postgres://admin:${PLANTED.pgPassword}@db.internal:5432/prod"`,
  `AWS_ACCESS_KEY_ID = "${PLANTED.awsId}"`,
  `AWS_SECRET_ACCESS_KEY = "${PLANTED.awsSecret}"`,
  `api_token = "${PLANTED.apiToken}"`,
  `config = {"secret": "${PLANTED.configSecret}", "region": "eu-west-1"}`,
  `# old token, revoked (not really): ${PLANTED.github}`,
  `# api_key: ${PLANTED.commentKey}`,
  `PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----`,
  pemBody,
  `-----END RSA PRIVATE KEY-----"""`,
  "",
  "",
  `def connect(path, password="${PLANTED.defaultPassword}"):  # ${PLANTED.stripeTest}`,
  "    return sqlite3.connect(path)",
  "",
  "",
  "def find_orders(conn, customer):",
  `    """Orders of one customer; the session token is ${PLANTED.jwt}."""`,
  '    query = "SELECT id FROM orders WHERE customer = \'" + customer + "\'"',
  "    return conn.execute(query).fetchall()",
  "",
].join("\n");

const SERVER_JS = [
  'const express = require("express");',
  "",
  "const config = {",
  `  apiKey: "${PLANTED.google}",`,
  `  cryptoKey: "${PLANTED.cryptoKey}",`,
  `  mongo: "mongodb+srv://svc:${PLANTED.mongoPassword}@cluster0.example.net/shop",`,
  "};",
  `// slack bot: ${PLANTED.slackToken}`,
  "",
  "const app = express();",
  'app.get("/run", (req, res) => {',
  `  const headers = { Authorization: "Bearer ${PLANTED.bearer}" };`,
  "  res.send(eval(req.query.code), headers);",
  "});",
  "",
  "module.exports = { app, config };",
  "",
].join("\n");

const CLIENT_TS = [
  `const gitlab = \`${PLANTED.gitlab}\`;`,
  `export const cache = "redis://:${PLANTED.redisPassword}@cache:6379/0";`,
  `export const settings = { client_secret: "${PLANTED.clientSecret}", legacy: "${PLANTED.openaiLegacy}" };`,
  "",
  "export function headerFor(user: string): string {",
  "  return `${gitlab}:${user}`;",
  "}",
  "",
].join("\n");

const TEST_PY = [
  "from app.settings import connect, find_orders",
  "",
  "",
  "def test_find_orders():",
  `    conn = connect(":memory:", password="${PLANTED.testPassword}")`,
  '    assert find_orders(conn, "bob") == []',
  "",
].join("\n");

const FILES = {
  "app/settings.py": SETTINGS_PY,
  "app/server.js": SERVER_JS,
  "src/client.ts": CLIENT_TS,
  "tests/test_settings.py": TEST_PY,
  ".env": `DB_PASSWORD=${PLANTED.dotenvPassword}\nAWS_ACCESS_KEY_ID=${PLANTED.awsId}\n`,
  "config/app.yml": `oauth:\n  client_secret: "${PLANTED.yamlSecret}"\n`,
};

/** A valid answer for every question: nothing found, no local fix, the issue still there. */
function respond(request: AgentRequest): unknown {
  if (request.schemaName === "fix_proposal")
    return {
      fixable: false,
      startLine: 1,
      endLine: 1,
      original: "",
      replacement: "",
      explanation: "needs a change elsewhere",
    };
  if (request.schemaName === "fix_recheck") return { present: true, reason: "still there" };
  return emptyAnswer(request.schemaName);
}

// The operator's config: budgets large enough that every agent sees every file.
const home = operatorHome("cg-secrets-proof-", [
  "llm:",
  "  budget: {max_tokens_per_file: 10000000, max_tokens_per_review: 100000000, max_cost_cents_per_review: 1000000}",
]);
let server: LlmTestServer;
let sent: string[];
let asked: AgentRequest[];

beforeAll(async () => {
  server = await startAgentServer(respond);
  const repo = home.repo({
    ...FILES,
    ".codeguardian.yml": [...EXTERNAL_TOOLS_OFF, ""].join("\n"),
  });
  useLocalOpenAi(server);
  const result = await cli(
    ["review", ".", "--no-store", "-f", "json", "--fail-on", "none", "--llm", "openai:gpt-4.1", "--fix"],
    repo,
  );
  expect(result.code, result.stderr).toBe(0);
  sent = server.requests.map((r) => JSON.stringify(r.body));
  asked = server.requests.map(agentRequest);
}, 240_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

describe("nothing secret leaves for a model", () => {
  it("every agent and the fix task were asked about the planted files", () => {
    const schemas = new Set(asked.map((r) => r.schemaName));
    for (const schema of ["security_review", "logic_review", "shared_review", "fix_proposal"])
      expect(schemas, schema).toContain(schema);
    // The light agents on one model share a call per file (src/agents/shared-call.ts): every one of them was asked.
    const shared = asked.filter((r) => r.schemaName === "shared_review").map((r) => r.system);
    for (const agent of ["performance", "pattern", "static", "testing"])
      expect(
        shared.some((system) => system.includes(`\n- ${agent}: `)),
        agent,
      ).toBe(true);
    for (const path of ["app/settings.py", "app/server.js", "src/client.ts", "tests/test_settings.py"])
      expect(
        asked.some((r) => r.prompt.includes(path)),
        path,
      ).toBe(true);
    // Config files are never sent, not even masked, by the agents or the fix task.
    for (const path of [".env", "config/app.yml"])
      expect(
        asked.some((r) => r.prompt.includes(`File ${path}`)),
        path,
      ).toBe(false);
    // The secrets went as numbered placeholders, in the code the models read.
    expect(sent.join("\n")).toMatch(/«secret:\d+»/);
  });

  it.each(Object.entries(PLANTED))("%s is in no request body", (_, value) => {
    const leaked = sent.filter((body) => body.includes(value));
    expect(leaked).toEqual([]);
  });

  it("no line of the private key's body is in any request body", () => {
    for (const line of pemBody.split("\n")) expect(sent.some((body) => body.includes(line))).toBe(false);
  });

  it("the operator's key travels only in the Authorization header", () => {
    expect(sent.some((body) => body.includes(KEYS.openai))).toBe(false);
    for (const request of server.requests)
      expect(request.headers.authorization).toBe(`Bearer ${KEYS.openai}`);
  });
});
