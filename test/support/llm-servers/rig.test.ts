import { describe, expect, test } from "vitest";
import { findingsPrompt, goodAnswer, reply, startRouterRig } from "./index.js";

describe("startRouterRig", () => {
  test("serves scripted answers, then the fallback, through the real provider", async () => {
    const rig = await startRouterRig([reply({ findings: [] })], { fallback: reply(goodAnswer) });
    try {
      const first = await rig.router.generate("security", findingsPrompt());
      const second = await rig.router.generate("logic", findingsPrompt());
      expect(first.object).toEqual({ findings: [] });
      expect(second.object).toEqual(goodAnswer);
      expect(rig.server.calls).toBe(2);
      expect(rig.clock.sleeps).toEqual([]);
    } finally {
      await rig.close();
    }
  });
});
