import { randomBytes } from "node:crypto";

export function requestToken(): string {
  const bytes = [...randomBytes(16)];
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
}
