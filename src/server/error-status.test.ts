import { STATUS_CODES } from "node:http";
import { describe, expect, it } from "vitest";
import { CodeGuardianError, ERROR_CODES } from "../core/errors.js";
import { errorReply } from "./error-reply.js";
import { HTTP_STATUS } from "./error-status.js";

/** Meta-test: every code of the catalogue has one HTTP status, and the table names no other code. */
describe("HTTP status of every catalogued error", () => {
  it("covers the catalogue exactly", () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each(ERROR_CODES)("%s has a real error status", (code) => {
    const status = HTTP_STATUS[code];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(STATUS_CODES[status]).toBeDefined();
    const reply = errorReply(new CodeGuardianError(code, "detail only for the client or the log"));
    expect(reply.status).toBe(status);
    expect(reply.body.code).toBe(code);
  });

  it("keeps a server-side failure's message in the log, not in the response", () => {
    const reply = errorReply(new CodeGuardianError("CG_STORE_FAILED", "Could not open /srv/secret/store.db"));
    expect(reply.internal).toBe(true);
    expect(reply.body.message).not.toContain("/srv/secret");
    expect(errorReply(new Error("boom"))).toMatchObject({ status: 500, body: { code: "CG_INTERNAL" } });
  });
});
