import { INVALID_SPAN_CONTEXT, ROOT_CONTEXT, trace, TraceFlags } from "@opentelemetry/api";
import { describe, expect, it } from "vitest";
import { contextOfCarrier, traceCarrierOf } from "./trace-carrier.js";

/** A span's place in its trace, carried by a job and continued by the worker (docs/server.md, "Traces"). */
describe("trace carrier", () => {
  const traceId = "0af7651916cd43dd8448eb211c80319c";
  const spanId = "b7ad6b7169203331";

  it.each([
    [TraceFlags.SAMPLED, "01"],
    [TraceFlags.NONE, "00"],
  ])("carries flags %d as %s and continues the same span, remote", (traceFlags, flags) => {
    const carried = traceCarrierOf(trace.wrapSpanContext({ traceId, spanId, traceFlags }));
    expect(carried).toEqual({ traceparent: `00-${traceId}-${spanId}-${flags}` });
    expect(trace.getSpanContext(contextOfCarrier(carried))).toEqual({
      traceId,
      spanId,
      traceFlags,
      isRemote: true,
    });
  });

  it("carries nothing for a span of no trace, and starts a new trace from nothing or a malformed carrier", () => {
    expect(traceCarrierOf(trace.wrapSpanContext(INVALID_SPAN_CONTEXT))).toBeUndefined();
    expect(contextOfCarrier(undefined)).toBe(ROOT_CONTEXT);
    expect(contextOfCarrier({ traceparent: "00-nonsense" })).toBe(ROOT_CONTEXT);
  });
});
