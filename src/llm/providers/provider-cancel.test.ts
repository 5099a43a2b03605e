import { describe, expect, test } from "vitest";
import { FIXTURES, KEY, request } from "../../../test/support/llm-servers/provider-fixtures.js";
import { LlmError } from "../errors.js";

describe("every provider closes its request when the caller aborts", () => {
  test.each(FIXTURES.map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
    const server = await fixture.start();
    try {
      server.script({ kind: "hang" });
      const controller = new AbortController();
      const pending = fixture
        .provider(server.origin, KEY)
        .generate({ ...request, signal: controller.signal })
        .catch((error: unknown) => error);
      await server.waitForCalls(1);
      controller.abort();
      const error = await pending;
      expect(error).toBeInstanceOf(LlmError);
      expect((error as LlmError).kind).toBe("aborted");
      await server.whenNoneOpen();
      expect(server.abandoned).toBe(1);
    } finally {
      await server.close();
    }
  });
});
