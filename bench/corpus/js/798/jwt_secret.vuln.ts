import jwt from "jsonwebtoken";

const JWT_SECRET = "k3y-for-signing-sessions-9d2f7a";  // cg-expect: CWE-798

export function signSession(userId: string): string {
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: "1h" });
}

export function verifySession(token: string): string {
  const payload = jwt.verify(token, JWT_SECRET) as { sub: string };
  return payload.sub;
}
