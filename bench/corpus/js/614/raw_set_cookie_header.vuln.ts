import type { IncomingMessage, ServerResponse } from "node:http";

export function startSession(req: IncomingMessage, res: ServerResponse, sessionId: string): void {
  const maxAge = 3600;
  res.setHeader("Set-Cookie", `sid=${sessionId}; Path=/; Max-Age=${maxAge}`);  // cg-expect: CWE-614
  res.statusCode = 204;
  res.end();
}
