import {
  isSpanContextValid,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
  type Context,
  type Span,
} from "@opentelemetry/api";
import { formatTraceparent, parseTraceparent, type TraceCarrier } from "../core/trace-context.js";

/**
 * A span's place in its trace as a W3C carrier, for a job to take to
 * whichever worker runs it (docs/server.md, "Traces"); undefined for the
 * no-op tracer's spans, which belong to no trace.
 */
export function traceCarrierOf(span: Span): TraceCarrier | undefined {
  const spanContext = span.spanContext();
  if (!isSpanContextValid(spanContext)) return undefined;
  const traceparent = formatTraceparent({
    traceId: spanContext.traceId,
    spanId: spanContext.spanId,
    sampled: (spanContext.traceFlags & TraceFlags.SAMPLED) !== 0,
  });
  const tracestate = spanContext.traceState?.serialize();
  return tracestate === undefined || tracestate === "" ? { traceparent } : { traceparent, tracestate };
}

/**
 * The context a carried trace continues in: its span as a remote parent.
 * A job without one, or with one that does not parse, starts a trace of its
 * own (ROOT_CONTEXT). `tracestate` is carried for the record but not
 * re-applied: our own spans never set one.
 */
export function contextOfCarrier(carrier: TraceCarrier | undefined): Context {
  const parent = carrier === undefined ? undefined : parseTraceparent(carrier.traceparent);
  if (parent === undefined) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: parent.traceId,
    spanId: parent.spanId,
    traceFlags: parent.sampled ? TraceFlags.SAMPLED : TraceFlags.NONE,
    isRemote: true,
  });
}
