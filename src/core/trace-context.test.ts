import { describe, expect, it } from "vitest";
import { formatTraceparent, parseTraceparent } from "./trace-context.js";

/** W3C `traceparent` (version 00) as a queued job carries it: what is read back, and what is refused. */
describe("traceparent", () => {
  const traceId = "0af7651916cd43dd8448eb211c80319c";
  const spanId = "b7ad6b7169203331";

  it("round-trips a sampled and an unsampled parent", () => {
    for (const sampled of [true, false]) {
      const text = formatTraceparent({ traceId, spanId, sampled });
      expect(text).toBe(`00-${traceId}-${spanId}-${sampled ? "01" : "00"}`);
      expect(parseTraceparent(text)).toEqual({ traceId, spanId, sampled });
    }
  });

  it("reads the sampled bit among other flags", () => {
    expect(parseTraceparent(`00-${traceId}-${spanId}-03`)?.sampled).toBe(true);
    expect(parseTraceparent(`00-${traceId}-${spanId}-02`)?.sampled).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["another version", `01-${traceId}-${spanId}-01`],
    ["upper-case hex", `00-${traceId.toUpperCase()}-${spanId}-01`],
    ["a short trace id", `00-${traceId.slice(1)}-${spanId}-01`],
    ["an all-zero trace id", `00-${"0".repeat(32)}-${spanId}-01`],
    ["an all-zero span id", `00-${traceId}-${"0".repeat(16)}-01`],
    ["trailing fields", `00-${traceId}-${spanId}-01-extra`],
  ])("refuses %s", (_what, text) => {
    expect(parseTraceparent(text)).toBeUndefined();
  });
});
