import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * What the "model" does for one request. Each wire format renders it the way
 * its provider would: a reply becomes a completion, an error becomes the
 * provider's error body and status.
 */
export type Turn =
  | {
      readonly kind: "reply";
      /** The model's answer text: usually JSON, or garbage to test repair. */
      readonly text: string;
      readonly usage?: { readonly input: number; readonly output: number };
      /** Some OpenAI-compatible servers send no usage block. */
      readonly omitUsage?: boolean;
      /** Stopped by the output token limit: the provider's "length" finish reason. */
      readonly truncated?: boolean;
      /**
       * Thinking tokens. Gemini reports them apart from the answer's tokens
       * (and bills them as output); OpenAI and Anthropic include them in output.
       */
      readonly thinkingTokens?: number;
      /** Withheld by the provider's safety filter: no text, a content-filter finish reason. */
      readonly blocked?: boolean;
      /** Server-side hold before answering, to overlap requests. */
      readonly holdMs?: number;
    }
  | {
      readonly kind: "error";
      readonly status: number;
      readonly message?: string;
      /** Sent as a Retry-After header. */
      readonly retryAfter?: string;
    }
  /** Reads the request, then destroys the socket without answering. */
  | { readonly kind: "drop" }
  /** Never answers (until the client gives up or the server closes). */
  | { readonly kind: "hang" };

export const reply = (value: unknown, usage?: { input: number; output: number }): Turn => ({
  kind: "reply",
  text: typeof value === "string" ? value : JSON.stringify(value),
  ...(usage === undefined ? {} : { usage }),
});

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

export interface WireResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** How one provider's HTTP API looks: routes, authentication, bodies. */
export interface WireFormat {
  /** The model named by the request, or undefined when the route is unknown. */
  route(request: RecordedRequest): { readonly model: string } | undefined;
  /** An error response when the credentials are wrong, else undefined. */
  authenticate(request: RecordedRequest): WireResponse | undefined;
  success(request: RecordedRequest, model: string, turn: Extract<Turn, { kind: "reply" }>): WireResponse;
  error(status: number, message: string): WireResponse;
}

export interface LlmTestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Requests that reached a route, in arrival order (authentication failures included). */
  readonly requests: readonly RecordedRequest[];
  /** How many requests reached a route: "zero provider calls" is `calls === 0`. */
  readonly calls: number;
  /** The most requests ever open at the same time. */
  readonly maxInFlight: number;
  /** Requests whose connection the client closed before the answer was sent (an abort). */
  readonly abandoned: number;
  /** Resolves once no request is open: every one answered or closed by the client. */
  whenNoneOpen(): Promise<void>;
  /** Resolves once `count` requests have reached a route. */
  waitForCalls(count: number): Promise<void>;
  /** Appends turns; each request consumes the next one. */
  script(...turns: Turn[]): void;
  close(): Promise<void>;
}

export async function startScriptedServer(wire: WireFormat, fallback?: Turn): Promise<LlmTestServer> {
  const queue: Turn[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  let abandoned = 0;
  const idle: (() => void)[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = await record(req);
    const route = wire.route(request);
    if (route === undefined) {
      send(res, wire.error(404, `no route for ${request.method} ${request.path}`));
      return;
    }
    requests.push(request);
    for (const waiter of waiters.filter((w) => w.count <= requests.length)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once("close", () => {
      inFlight--;
      if (!res.writableEnded) abandoned++;
      if (inFlight === 0) for (const resolve of idle.splice(0)) resolve();
    });
    const denied = wire.authenticate(request);
    if (denied !== undefined) {
      send(res, denied);
      return;
    }
    const turn = queue.shift() ??
      fallback ?? { kind: "error", status: 500, message: "test server: script exhausted" };
    switch (turn.kind) {
      case "drop":
        req.socket.destroy();
        return;
      case "hang":
        return;
      case "error": {
        const response = wire.error(turn.status, turn.message ?? `scripted ${turn.status}`);
        const headers =
          turn.retryAfter === undefined
            ? response.headers
            : { ...response.headers, "retry-after": turn.retryAfter };
        send(res, { ...response, ...(headers === undefined ? {} : { headers }) });
        return;
      }
      case "reply":
        if (turn.holdMs !== undefined) await new Promise((resolve) => setTimeout(resolve, turn.holdMs));
        send(res, wire.success(request, route.model, turn));
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, { status: 500, body: { error: { message: String(error) } } });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    get calls() {
      return requests.length;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get abandoned() {
      return abandoned;
    },
    whenNoneOpen: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)),
    waitForCalls: (count) =>
      count <= requests.length
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    script: (...turns) => queue.push(...turns),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    // Kept as text: a test can assert on what was actually sent.
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  return {
    method: req.method ?? "GET",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body,
  };
}

function send(res: ServerResponse, response: WireResponse): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(response.status, { "content-type": "application/json", ...response.headers });
  res.end(JSON.stringify(response.body));
}

export function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
