import { Worker, type WorkerOptions } from "node:worker_threads";
import type { WorkerSetup } from "./worker-messages.js";

/**
 * Starts one rules worker with a ceiling on its heap. Compiled, the worker is
 * plain JavaScript. Under tsx or vitest this module is TypeScript: workers do
 * not inherit the loader, so a small bootstrap registers tsx inside the worker
 * before importing it.
 */
export function startRulesWorker(setup: WorkerSetup, memoryMb: number): Worker {
  const options: WorkerOptions = {
    workerData: setup,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  };
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./rules-worker.js", import.meta.url), options);
  const api = import.meta.resolve("tsx/esm/api");
  const target = new URL("./rules-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
