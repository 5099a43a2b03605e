import type { ReviewObserver } from "../core/observer.js";
import type { Logger } from "./logger.js";
import { ServiceMetrics } from "./metrics.js";
import { reviewTelemetry } from "./review-telemetry.js";
import { startTracing, type Tracing } from "./tracing.js";

export interface TelemetrySettings {
  /** `codeguardian-serve` or `codeguardian-worker`. */
  readonly serviceName: string;
  readonly version: string;
  /** The operator's OTLP/HTTP endpoint; no spans leave the process without one. */
  readonly otlpEndpoint?: string;
  readonly logger: Logger;
}

/** One process's metrics, tracer, review observer and logger, built once by its front end. */
export interface Telemetry {
  readonly metrics: ServiceMetrics;
  readonly tracing: Tracing;
  readonly observer: ReviewObserver;
  readonly logger: Logger;
}

export function startTelemetry(settings: TelemetrySettings): Telemetry {
  const metrics = new ServiceMetrics();
  const tracing = startTracing({
    ...(settings.otlpEndpoint === undefined ? {} : { endpoint: settings.otlpEndpoint }),
    serviceName: settings.serviceName,
    version: settings.version,
  });
  return { metrics, tracing, observer: reviewTelemetry(metrics, tracing.tracer), logger: settings.logger };
}
