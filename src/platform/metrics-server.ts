import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServiceMetrics } from "./metrics.js";

export interface MetricsServer {
  /** e.g. `http://127.0.0.1:9464`. */
  readonly address: string;
  close(): Promise<void>;
}

/**
 * A worker's Prometheus endpoint (`--metrics-port`): `GET /metrics` on the
 * loopback address only, since a worker has no API and no credentials to
 * check; a scraper on another machine goes through the operator's proxy.
 */
export async function serveMetrics(metrics: ServiceMetrics, port: number): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" || request.url !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    metrics.text().then(
      (text) => response.writeHead(200, { "content-type": metrics.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
