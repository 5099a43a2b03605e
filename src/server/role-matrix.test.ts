import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../core/team.js";
import { registeredRoutes } from "./build-server.js";
import { serverFixture, withKey, type ServerFixture } from "./server-fixture.test-support.js";

/**
 * The role × route matrix of docs/server.md is the contract: every route is
 * called with no credential, with a key of every role and with the
 * operator's key, and must allow or refuse exactly as the document says;
 * every registered route must be in it.
 */
interface MatrixRow {
  readonly method: string;
  readonly route: string;
  readonly anyone: boolean;
  readonly roles: Readonly<Record<Role, boolean>>;
  readonly operator: boolean;
}

const DOC = readFileSync(join(import.meta.dirname, "..", "..", "docs", "server.md"), "utf8");

function matrix(): MatrixRow[] {
  const block = /<!-- role-matrix:start -->([\s\S]*?)<!-- role-matrix:end -->/.exec(DOC)?.[1] ?? "";
  const lines = block.split("\n").filter((line) => line.startsWith("|"));
  const header = (lines[0] ?? "").split("|").map((cell) => cell.trim());
  expect(header.slice(1, 9)).toEqual(["Method", "Route", "anyone", ...ROLES.slice().reverse(), "operator"]);
  return lines.slice(2).map((line) => {
    const cells = line.split("|").map((cell) => cell.trim());
    const yes = (column: string): boolean => {
      const value = cells[header.indexOf(column)];
      if (value !== "yes" && value !== "no") throw new Error(`bad cell "${String(value)}" in: ${line}`);
      return value === "yes";
    };
    return {
      method: cells[1] ?? "",
      route: cells[2] ?? "",
      anyone: yes("anyone"),
      roles: Object.fromEntries(ROLES.map((role) => [role, yes(role)])) as Record<Role, boolean>,
      operator: yes("operator"),
    };
  });
}

const ROWS = matrix();

describe("role × route matrix (docs/server.md)", () => {
  let f: ServerFixture;
  beforeAll(async () => {
    f = await serverFixture("sqlite", { requestsPerWindow: 100_000 });
  });
  afterAll(async () => {
    await f.close();
  });

  it("lists every registered route, and only those", () => {
    const registered = registeredRoutes(f.app).map((r) => `${r.method} ${r.url}`);
    expect(registered.length).toBeGreaterThan(10);
    expect(ROWS.map((r) => `${r.method} ${r.route}`).sort()).toEqual([...registered].sort());
  });

  it.each(ROWS)("$method $route", async (row) => {
    const url = row.route.replace(/:[a-z]+/g, "unknown").replace("*", "reviews");
    const call = (headers: Record<string, string>) =>
      f.app.inject({
        method: row.method as "GET",
        url,
        headers: { ...headers, origin: "https://console.acme.test" },
        ...(row.method === "POST" || row.method === "PUT" ? { payload: {} } : {}),
      });
    const anonymous = await call({});
    if (row.anyone) expect(anonymous.statusCode, "anyone").not.toBe(401);
    else expect(anonymous.statusCode, "anyone").toBe(401);
    for (const role of ROLES) {
      const status = (await call(withKey(f.keys[role]))).statusCode;
      if (row.roles[role]) expect([401, 403], role).not.toContain(status);
      else expect(status, role).toBe(403);
    }
    const operator = (await call(withKey(f.operatorKey))).statusCode;
    if (row.operator) expect([401, 403], "operator").not.toContain(operator);
    else expect(operator, "operator").toBe(403);
  });
});
