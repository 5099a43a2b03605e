import { Command, CommanderError, InvalidArgumentError } from "commander";
import { EXIT, isCodeGuardianError } from "../core/errors.js";
import { processEnv } from "../platform/env.js";
import { jsonLogger } from "../platform/logger.js";
import { logLevelOption, queueUrlProblem } from "../platform/service-flags.js";
import { startTelemetry } from "../platform/telemetry.js";
import { packageVersion } from "../platform/version.js";
import { serveMetrics } from "../platform/metrics-server.js";
import { startWorker } from "./run-worker.js";

interface WorkerFlags {
  readonly db: string;
  readonly queue?: string;
  readonly concurrency: number;
  readonly shutdownDeadline: number;
  readonly lease?: number;
  readonly timeLimit?: number;
  readonly perOrganisation?: number;
  readonly otlpEndpoint?: string;
  readonly logLevel: string;
  readonly metricsPort?: number;
}

function positive(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
    return n;
  };
}

/**
 * `codeguardian worker`: takes review jobs from the queue until SIGTERM or
 * SIGINT, then stops taking jobs and finishes or hands back the running ones
 * within the shutdown deadline (docs/server.md, "Queue and workers").
 */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command("codeguardian worker")
    .description("run queued reviews")
    .requiredOption("--db <file|url>", "the service's store: a SQLite file or a postgres:// URL")
    .option("--queue <url>", "redis:// URL of the shared queue (default: the store's own jobs table)")
    .option("--concurrency <n>", "reviews run at once", positive("--concurrency"), 1)
    .option(
      "--shutdown-deadline <seconds>",
      "on SIGTERM, time running reviews get to finish",
      positive("--shutdown-deadline"),
      30,
    )
    .option(
      "--lease <seconds>",
      "a worker silent this long is taken for dead (default 30)",
      positive("--lease"),
    )
    .option("--time-limit <seconds>", "longest a review may run (default 1800)", positive("--time-limit"))
    .option(
      "--per-organisation <n>",
      "most reviews of one organisation running at once, across all workers (default: no limit)",
      positive("--per-organisation"),
    )
    .option(
      "--otlp-endpoint <url>",
      "send traces over OTLP/HTTP to this collector, e.g. http://127.0.0.1:4318 (default: $OTEL_EXPORTER_OTLP_ENDPOINT, else none)",
    )
    .addOption(logLevelOption())
    .option(
      "--metrics-port <port>",
      "serve this worker's Prometheus metrics at http://127.0.0.1:<port>/metrics",
      positive("--metrics-port"),
    )
    .exitOverride();
  let flags: WorkerFlags;
  try {
    program.parse([...argv], { from: "user" });
    flags = program.opts<WorkerFlags>();
  } catch (error) {
    process.exitCode = error instanceof CommanderError && error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return;
  }
  const logger = jsonLogger({ name: "codeguardian-worker", level: flags.logLevel });
  const log = (message: string): void => {
    logger.info(message);
  };
  const queueProblem = queueUrlProblem(flags.queue);
  if (queueProblem !== undefined) {
    logger.error(queueProblem.message);
    process.exitCode = EXIT.usage;
    return;
  }
  const env = processEnv();
  const otlpEndpoint = flags.otlpEndpoint ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const telemetry = startTelemetry({
    serviceName: "codeguardian-worker",
    version: packageVersion(),
    ...(otlpEndpoint === undefined || otlpEndpoint === "" ? {} : { otlpEndpoint }),
    logger,
  });
  try {
    const leaseMs = flags.lease === undefined ? undefined : flags.lease * 1000;
    const worker = await startWorker({
      db: flags.db,
      ...(flags.queue === undefined ? {} : { queue: flags.queue }),
      concurrency: Math.floor(flags.concurrency),
      delivery: {
        ...(leaseMs === undefined ? {} : { leaseMs, heartbeatMs: leaseMs / 3 }),
        ...(flags.timeLimit === undefined ? {} : { timeLimitMs: flags.timeLimit * 1000 }),
        ...(flags.perOrganisation === undefined
          ? {}
          : { perOrganisation: Math.floor(flags.perOrganisation) }),
      },
      env,
      version: packageVersion(),
      log,
      telemetry,
    });
    const metricsServer =
      flags.metricsPort === undefined ? undefined : await serveMetrics(telemetry.metrics, flags.metricsPort);
    if (metricsServer !== undefined) log(`metrics at ${metricsServer.address}/metrics`);
    log(`started (pid ${process.pid}, concurrency ${Math.floor(flags.concurrency)})`);
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGTERM", () => resolve("SIGTERM"));
      process.once("SIGINT", () => resolve("SIGINT"));
    });
    log(`${signal}: taking no more jobs; running ones get ${flags.shutdownDeadline} s`);
    await worker.stop(flags.shutdownDeadline * 1000);
    await metricsServer?.close();
    log("stopped");
    process.exitCode = EXIT.ok;
  } catch (error) {
    logger.error(isCodeGuardianError(error) ? `${error.code}: ${error.message}` : String(error));
    process.exitCode = isCodeGuardianError(error) ? error.exitCode : EXIT.internal;
  }
}
