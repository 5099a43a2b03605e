import type { ResolvedConfig } from "../../core/config.js";

export interface ToolSettings {
  readonly timeoutMs: number;
  /** Operator-set executable, or the tool's usual name looked up on PATH. */
  readonly command: string;
  readonly useProjectConfig: boolean;
}

/** One tool's settings, falling back to the global analyser timeout. */
export function toolSettings(config: ResolvedConfig, id: string, defaultCommand: string): ToolSettings {
  const own = config.analysers[id];
  const seconds = own?.timeoutSeconds ?? config.limits.analyserTimeoutSeconds;
  return {
    timeoutMs: Math.max(1, Math.round(seconds * 1000)),
    command: own?.command ?? defaultCommand,
    useProjectConfig: own?.useProjectConfig ?? false,
  };
}
