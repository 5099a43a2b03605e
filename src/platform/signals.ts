/**
 * Turns the first Ctrl-C (SIGINT) or SIGTERM into an aborted signal, so a
 * review stops its analysers, tool processes and model calls and records
 * itself as cancelled. The handlers are removed at once, so a second Ctrl-C
 * ends the process the default way. Only front ends call this.
 */
export function interruptSignal(onInterrupt: (name: NodeJS.Signals) => void = () => undefined): {
  readonly signal: AbortSignal;
  dispose(): void;
} {
  const controller = new AbortController();
  const names: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  const handler = (name: NodeJS.Signals): void => {
    dispose();
    onInterrupt(name);
    controller.abort(new Error(`interrupted by ${name}`));
  };
  const dispose = (): void => {
    for (const name of names) process.off(name, handler);
  };
  for (const name of names) process.once(name, handler);
  return { signal: controller.signal, dispose };
}
