import type { ProgressEvent, ProgressSink } from "../core/progress.js";

/**
 * A single self-overwriting status line on an interactive terminal. Updates
 * are throttled so a fast review does not spend its time drawing.
 */
export function createProgressLine(
  write: (text: string) => void,
  now: () => number,
): { sink: ProgressSink; clear: () => void } {
  let stage = "";
  let detail = "";
  let findings = 0;
  let lastDraw = 0;
  let drawn = false;

  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const line = `codeguardian · ${stage}${detail ? ` · ${detail}` : ""}${findings ? ` · ${findings} findings` : ""}`;
    write(`\r\x1b[2K${line.slice(0, 120)}`);
    drawn = true;
  };

  const sink = (event: ProgressEvent): void => {
    switch (event.kind) {
      case "stage":
        stage = event.stage;
        detail = "";
        draw(true);
        return;
      case "scope":
        detail = `${event.filesFound} files in scope, ${event.skipped} skipped`;
        draw(true);
        return;
      case "file":
        detail = `${event.analyser} ${event.done}/${event.total} ${event.file}`;
        draw(false);
        return;
      case "analyser":
        detail = `${event.analyser} ${event.status}`;
        draw(false);
        return;
      case "findings":
        findings = event.total;
        draw(true);
        return;
    }
  };

  return {
    sink,
    clear: () => {
      if (drawn) write("\r\x1b[2K");
    },
  };
}
