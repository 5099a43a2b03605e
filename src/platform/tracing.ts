import { trace, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

export interface TracingSettings {
  /**
   * The operator's OTLP/HTTP collector: a base URL (`http://collector:4318`,
   * to which `/v1/traces` is added) or the full traces URL. Absent: no spans
   * are recorded or sent.
   */
  readonly endpoint?: string;
  /** `codeguardian-serve` or `codeguardian-worker`: the spans' `service.name`. */
  readonly serviceName: string;
  readonly version: string;
}

export interface Tracing {
  readonly tracer: Tracer;
  /** Sends what is buffered now (tests, and before a process ends). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * This process's tracer (docs/server.md, "Observability"). Spans go over
 * OTLP/HTTP with JSON bodies, batched, only when the operator named an
 * endpoint; otherwise the tracer is OpenTelemetry's no-op one and costs
 * nothing. The provider is never registered globally: the process hands
 * this tracer to whatever makes spans.
 */
export function startTracing(settings: TracingSettings): Tracing {
  if (settings.endpoint === undefined || settings.endpoint.trim() === "") {
    // No provider was registered, so the API hands out its no-op tracer.
    return {
      tracer: trace.getTracerProvider().getTracer("codeguardian"),
      flush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
  }
  const exporter = new OTLPTraceExporter({ url: tracesUrl(settings.endpoint) });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      "service.name": settings.serviceName,
      "service.version": settings.version,
    }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  return {
    tracer: provider.getTracer("codeguardian", settings.version),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

/** `http://collector:4318` → `http://collector:4318/v1/traces`; a URL already ending so is kept. */
export function tracesUrl(endpoint: string): string {
  const trimmed = endpoint.trim().replace(/(?<!\/)\/+$/, "");
  return trimmed.endsWith("/v1/traces") ? trimmed : `${trimmed}/v1/traces`;
}
