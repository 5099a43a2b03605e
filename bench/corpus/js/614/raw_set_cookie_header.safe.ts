import type { IncomingMessage, ServerResponse } from "node:http";

export function startSession(req: IncomingMessage, res: ServerResponse, sessionId: string): void {
  const maxAge = 3600;
  res.setHeader("Set-Cookie", `sid=${sessionId}; Path=/; Max-Age=${maxAge}; Secure; HttpOnly; SameSite=Lax`);
  res.statusCode = 204;
  res.end();
}
