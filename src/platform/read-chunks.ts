import { open } from "node:fs/promises";
import { TextDecoder } from "node:util";

/** Bytes read per step when a file is streamed. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A file's text in chunks, decoded as UTF-8 across chunk edges, never more
 * than one chunk in memory; stops after `maxBytes` and reports whether it did.
 */
export async function* readTextChunks(
  absolutePath: string,
  maxBytes: number,
  truncated: { value: boolean } = { value: false },
): AsyncGenerator<string> {
  const handle = await open(absolutePath, "r");
  try {
    const decoder = new TextDecoder("utf-8");
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let position = 0;
    for (;;) {
      const want = Math.min(CHUNK_BYTES, maxBytes - position);
      if (want <= 0) {
        truncated.value = (await handle.stat()).size > position;
        break;
      }
      const { bytesRead } = await handle.read(buffer, 0, want, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      yield decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } finally {
    await handle.close();
  }
}
