import { describe, expect, it } from "vitest";
import { REDACTION_MASK as PIPELINE_MASK } from "../pipeline/synthesise.js";
import { REDACTION_MASK } from "./redaction.js";

describe("REDACTION_MASK", () => {
  it("is the mask synthesis writes", () => {
    expect(REDACTION_MASK).toBe(PIPELINE_MASK);
  });
});
