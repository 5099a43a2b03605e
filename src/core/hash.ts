import { createHash } from "node:crypto";

/** Hashing is pure computation; node:crypto is used for speed, not I/O. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}
