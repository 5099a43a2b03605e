import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../../rules/registry.js";
import { only, reviewed } from "../../../test/fixes/findings.js";
import { proveFixes } from "../plan.js";
import { usesIn } from "./uses.js";

const VIEW = `from flask import Flask, make_response
app = Flask(__name__)

@app.route("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("session", "abc")
    return resp
`;
const LOGOUT_SCRIPT = `export function logout() {
  document.cookie = "session=; expires=Thu, 01 Jan 1970 00:00:00 GMT";
  location.href = "/";
}
`;
const OTHER_SCRIPT = `export function theme() {
  document.cookie = "theme=dark";
}
`;

async function cookieFix(repository: Record<string, string>) {
  const { file, findings } = reviewed(VIEW, "python", "app.py");
  const finding = only(findings, "py/insecure-cookie");
  const provided = [finding];
  const plan = await proveFixes([file], provided, {
    rules: BUILTIN_RULES,
    uses: (contracts, patched) =>
      Promise.resolve(usesIn(contracts, Object.entries({ ...repository, [patched.path]: patched.text }))),
  });
  return [...plan.outcomes.values()][0]!;
}

describe("uses checked: a fix that changes what others rely on lists the uses", () => {
  it("HttpOnly on a cookie the page's own script clears names the script", async () => {
    const outcome = await cookieFix({ "static/logout.js": LOGOUT_SCRIPT });
    expect(outcome.validation.status).toBe("proven");
    expect(outcome.validation.uses).toEqual([
      expect.stringMatching(
        /^static\/logout\.js:2: page script reads document\.cookie \(cookie session made HttpOnly\)/,
      ),
    ]);
    expect(outcome.fix?.applicability).toBe("suggested");
  });

  it("a script that reads another cookie is no use of this one", async () => {
    const outcome = await cookieFix({ "static/theme.js": OTHER_SCRIPT });
    expect(outcome.validation.uses).toBeUndefined();
  });

  it("a changed signature lists its callers, not its definition", () => {
    const uses = usesIn(
      [{ kind: "function", name: "load_user", change: "signature" }],
      [
        ["models.py", "def load_user(uid, db):\n    return db.get(uid)\n"],
        ["views.py", "from models import load_user\nuser = load_user(uid)\nx = svc.load_user (uid)\n"],
      ],
    );
    expect(uses.map((u) => u.split(": ")[0])).toEqual(["views.py:2", "views.py:3"]);
  });
});

describe("uses checked in JavaScript", () => {
  it("res.cookie made httpOnly is a cookie contract in either grammar", async () => {
    const { changedContracts } = await import("./uses.js");
    const { sideOf } = await import("./indirect-route.js");
    const before = 'res.cookie("sid", id);\n';
    const after = 'res.cookie("sid", id, { httpOnly: true, secure: true });\n';
    expect(
      changedContracts(sideOf("javascript", before, [[1, 1]]), sideOf("javascript", after, [[1, 1]])),
    ).toEqual([{ kind: "cookie", name: "sid" }]);
  });
});
