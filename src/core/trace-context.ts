/**
 * A W3C trace context (https://www.w3.org/TR/trace-context/) as it travels
 * with a queued review (docs/server.md, "Traces"): the `traceparent` of the
 * span that queued it, and the vendor's `tracestate` if any. Plain strings,
 * so the job's record and the queue carry it without knowing OpenTelemetry.
 */
export interface TraceCarrier {
  readonly traceparent: string;
  readonly tracestate?: string;
}

/** The parts of a `traceparent` header (version 00). */
export interface TraceParent {
  readonly traceId: string;
  readonly spanId: string;
  readonly sampled: boolean;
}

// version 00: 2 hex version, 32 hex trace id, 16 hex parent id, 2 hex flags.
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZERO = /^0+$/;

export function formatTraceparent(parent: TraceParent): string {
  return `00-${parent.traceId}-${parent.spanId}-${parent.sampled ? "01" : "00"}`;
}

/** A `traceparent` read back; undefined for anything malformed (a job then starts a trace of its own). */
export function parseTraceparent(value: string): TraceParent | undefined {
  const match = TRACEPARENT.exec(value.trim());
  if (match === null) return undefined;
  const [, traceId, spanId, flags] = match as unknown as [string, string, string, string];
  if (ALL_ZERO.test(traceId) || ALL_ZERO.test(spanId)) return undefined;
  return { traceId, spanId, sampled: (Number.parseInt(flags, 16) & 1) === 1 };
}
