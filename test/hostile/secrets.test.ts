import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAKE, fakeBody } from "../../src/rules/text/lib/fake-secrets.js";
import { EXTERNAL_TOOLS_OFF, operatorHome, reviewReport } from "./hostile-support.js";

/**
 * Known-format secrets are found in every file that is read, source code
 * included, and in files skipped for size or line length, without any LLM
 * (docs/security-notes/skips-and-secrets.md). Each case has a control run
 * of the same file with the secrets replaced by stand-ins.
 */

interface Finding {
  ruleId: string;
  file: string;
  range: { start: { line: number } };
  sources: string[];
  /** Rules merged into the finding: a language's credential rule leads, text/known-token joins. */
  relatedRules: string[];
  description: string;
  snippet?: string;
}
interface Report {
  findings: Finding[];
  skipped: { path: string; reason: string }[];
}

// No user config from this machine; the settings below come in with -c (read as the repository's config).
const home = operatorHome("cg-h7s-home-");
// Small limits so "too large" needs only a few kilobytes; no external tools, no LLM.
const settings = join(home.dir, "config.yml");
writeFileSync(settings, ["limits: {max_file_bytes: 4096}", ...EXTERNAL_TOOLS_OFF, ""].join("\n"));

async function review(dir: string): Promise<Report> {
  return (await reviewReport(dir, ["-c", settings])).report as Report;
}

const pem = `-----BEGIN RSA PRIVATE KEY-----\n${FAKE.pemBody()}\n-----END RSA PRIVATE KEY-----`;
const SECRETS = {
  stripe: FAKE.stripe(),
  openai: FAKE.openai(),
  slack: FAKE.slackWebhook(),
  postgres: FAKE.postgresUrl(),
};
const STAND_INS = {
  stripe: "sk_live_REPLACE_ME",
  openai: "${OPENAI_API_KEY}",
  slack: "https://hooks.slack.com/services/<team>/<bot>/<secret>",
  postgres: "postgres://admin:${DB_PASSWORD}@db.internal:5432/prod",
};

function python(v: typeof SECRETS, key: string): string {
  return [
    "import os",
    `STRIPE_KEY = "${v.stripe}"`,
    `OPENAI = "${v.openai}"`,
    `SLACK_HOOK = "${v.slack}"`,
    `DATABASE_URL = "${v.postgres}"`,
    `PRIVATE_KEY = """${key}"""`,
    "",
  ].join("\n");
}

function typescript(v: typeof SECRETS, key: string): string {
  return [
    `export const stripeKey = "${v.stripe}";`,
    `export const openai = "${v.openai}";`,
    `export const slackHook = "${v.slack}";`,
    `export const databaseUrl = "${v.postgres}";`,
    `export const privateKey = \`${key}\`;`,
    "",
  ].join("\n");
}

/** Lines holding a known-format secret finding (led by it or merged into another), for one file. */
const secretLines = (report: Report, file: string): number[] =>
  [
    ...new Set(
      report.findings
        .filter(
          (f) =>
            f.file === file &&
            (f.ruleId === "text/known-token" || f.relatedRules.includes("text/known-token")),
        )
        .map((f) => f.range.start.line),
    ),
  ].sort((a, b) => a - b);

describe("secrets are found in every file that is read", () => {
  it("7.2: Stripe, OpenAI, Slack webhook, postgres password and a private key in .py and .ts, without an LLM", async () => {
    const dir = home.repo({
      "conf.py": python(SECRETS, pem),
      "conf.ts": typescript(SECRETS, pem),
      "control.py": python(STAND_INS, "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"),
      "control.ts": typescript(
        STAND_INS,
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      ),
    });
    const report = await review(dir);
    expect(secretLines(report, "conf.py")).toEqual([2, 3, 4, 5, 7]);
    expect(secretLines(report, "conf.ts")).toEqual([1, 2, 3, 4, 6]);
    expect(secretLines(report, "control.py")).toEqual([]);
    expect(secretLines(report, "control.ts")).toEqual([]);
    // One finding per secret: the language's hard-coded-credential rule merges into it (same CWE), never a second one.
    const perLine = report.findings.filter((f) => f.file === "conf.py").map((f) => f.range.start.line);
    expect(new Set(perLine).size).toBe(perLine.length);
    // Snippets mask the values.
    const shown = report.findings.map((f) => f.snippet ?? "").join("\n");
    const values = [
      SECRETS.stripe,
      SECRETS.openai,
      SECRETS.slack.split("/").pop() ?? "",
      /:([^:@]+)@/.exec(SECRETS.postgres)?.[1] ?? "",
    ];
    for (const value of values) expect(shown).not.toContain(value);
    // The host after a masked password is left as written: only the secret is masked.
    expect(shown).toContain("@db.internal:5432/prod");
  });

  it("7.2: a secret in a file skipped as too large (or minified) is still found, and says the file was skipped", async () => {
    const filler = Array.from({ length: 120 }, (_, i) => `# filler line ${i} ${fakeBody(20, undefined, i)}`);
    const big = (secret: string) =>
      [...filler.slice(0, 60), `TOKEN = "${secret}"`, ...filler.slice(60), ""].join("\n");
    const oneLine = (secret: string) => `var a=${JSON.stringify(fakeBody(3000))};var k="${secret}";\n`;
    const dir = home.repo({
      "big.py": big(SECRETS.stripe),
      "bundle.js": oneLine(SECRETS.openai),
      "big_control.py": big(STAND_INS.stripe),
      "bundle_control.js": oneLine(STAND_INS.openai),
    });
    const report = await review(dir);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(skipped["big.py"]).toBe("too-large");
    expect(skipped["bundle.js"]).toBe("minified");
    expect(secretLines(report, "big.py")).toEqual([61]);
    expect(secretLines(report, "bundle.js")).toEqual([1]);
    const found = report.findings.find((f) => f.file === "big.py");
    expect(found?.sources).toEqual(["skipped-secrets"]);
    expect(found?.description).toContain("otherwise skipped (too-large)");
    expect(secretLines(report, "big_control.py")).toEqual([]);
    expect(secretLines(report, "bundle_control.js")).toEqual([]);
  });
});
