import { resolve } from "node:path";
import { Command, CommanderError } from "commander";
import { EXIT, isCodeGuardianError } from "../core/errors.js";
import { serverStorePath } from "../platform/data-dir.js";
import { processEnv } from "../platform/env.js";
import { jsonLogger } from "../platform/logger.js";
import { collect, logLevelOption, queueUrlProblem, wholeNumber } from "../platform/service-flags.js";
import { startTelemetry } from "../platform/telemetry.js";
import { packageVersion } from "../platform/version.js";
import { storeKindOf } from "../storage/open-store.js";
import { httpSettingsOf, withHttpOptions, type HttpFlags } from "./http-flags.js";
import { startService } from "./start-service.js";

interface ServeFlags extends HttpFlags {
  readonly host: string;
  readonly port: number;
  readonly db?: string;
  readonly queue?: string;
  readonly concurrency: number;
  readonly perOrganisation?: number;
  readonly worker: boolean;
  readonly allowRoot: readonly string[];
  readonly allowUrl: readonly string[];
  readonly shutdownDeadline: number;
  readonly otlpEndpoint?: string;
  readonly logLevel: string;
}

/**
 * `codeguardian serve`: the HTTP service (docs/server.md, "Running"). With no
 * flags it is the embedded default: the server's own SQLite file in the data
 * directory, the store's jobs table as the queue and a worker in this
 * process. On SIGTERM or SIGINT it stops accepting requests, gives running
 * reviews the shutdown deadline to finish (else hands them back), and exits 0.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command("codeguardian serve")
    .description("run the review service")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on", wholeNumber("--port", 0, 65535), 8080)
    .option("--db <file|url>", "the service's store: a SQLite file or a postgres:// URL (default: server.db)")
    .option("--queue <url>", "redis:// URL of a shared queue (default: the store's own jobs table)")
    .option(
      "--concurrency <n>",
      "reviews the in-process worker runs at once",
      wholeNumber("--concurrency", 1, 64),
      1,
    )
    .option(
      "--per-organisation <n>",
      "reviews of one organisation running at once across every worker sharing the store",
      wholeNumber("--per-organisation", 1, 1024),
    )
    .option("--no-worker", "run no worker in this process (`codeguardian worker` runs them elsewhere)")
    .option(
      "--allow-root <dir>",
      "a directory whose subdirectories projects may name (repeatable)",
      collect,
      [],
    )
    .option(
      "--allow-url <prefix>",
      "a git URL prefix projects may name, e.g. github.com/acme (repeatable)",
      collect,
      [],
    )
    .option(
      "--shutdown-deadline <seconds>",
      "on SIGTERM, time running reviews get to finish",
      wholeNumber("--shutdown-deadline", 1, 86_400),
      30,
    )
    .option(
      "--otlp-endpoint <url>",
      "send traces over OTLP/HTTP to this collector, e.g. http://127.0.0.1:4318 (default: $OTEL_EXPORTER_OTLP_ENDPOINT, else none)",
    )
    .addOption(logLevelOption())
    .exitOverride();
  withHttpOptions(program);
  let flags: ServeFlags;
  try {
    program.parse([...argv], { from: "user" });
    flags = program.opts<ServeFlags>();
  } catch (error) {
    process.exitCode = error instanceof CommanderError && error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return;
  }
  // One JSON object a line on standard error, for serve's own notes, requests and jobs alike.
  const logger = jsonLogger({ name: "codeguardian-serve", level: flags.logLevel });
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
  try {
    const service = await startService({
      db: storeLocation(flags.db, env),
      ...(flags.queue === undefined ? {} : { queue: flags.queue }),
      host: flags.host,
      port: flags.port,
      // A usage error here (CG_USAGE, exit 2) is answered below before anything is opened.
      http: httpSettingsOf(flags, process.cwd()),
      concurrency: flags.worker ? flags.concurrency : 0,
      ...(flags.perOrganisation === undefined ? {} : { perOrganisation: flags.perOrganisation }),
      repositories: {
        roots: flags.allowRoot.map((dir) => resolve(dir)),
        allowedUrls: flags.allowUrl,
      },
      env,
      version: packageVersion(),
      log,
      telemetry: startTelemetry({
        serviceName: "codeguardian-serve",
        version: packageVersion(),
        ...(otlpEndpoint === undefined || otlpEndpoint === "" ? {} : { otlpEndpoint }),
        logger,
      }),
    });
    log(`listening on ${service.address} (pid ${process.pid})`);
    const signal = await new Promise<NodeJS.Signals>((done) => {
      process.once("SIGTERM", () => done("SIGTERM"));
      process.once("SIGINT", () => done("SIGINT"));
    });
    log(`${signal}: accepting no more requests; running reviews get ${flags.shutdownDeadline} s`);
    await service.stop(flags.shutdownDeadline * 1000);
    log("stopped");
    process.exitCode = EXIT.ok;
  } catch (error) {
    if (isCodeGuardianError(error)) {
      // The code leads the message, as the CLI prints it; the hint is a field of its own.
      logger.error(error.hint === undefined ? {} : { hint: error.hint }, `${error.code}: ${error.message}`);
    } else logger.error(String(error));
    process.exitCode = isCodeGuardianError(error) ? error.exitCode : EXIT.internal;
  }
}

/** `--db` as given (a SQLite path relative to the working directory), else the server's own file. */
function storeLocation(db: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  if (db === undefined || db.trim() === "") return serverStorePath(env);
  return storeKindOf(db) === "postgres" ? db.trim() : resolve(db);
}
