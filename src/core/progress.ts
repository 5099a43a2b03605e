export type Stage = "scope" | "analyse" | "synthesise" | "compare" | "store" | "report";

/** Progress flows out of the pipeline as events; the CLI decides whether to show them. */
export type ProgressEvent =
  | { readonly kind: "stage"; readonly stage: Stage }
  | { readonly kind: "scope"; readonly filesFound: number; readonly skipped: number }
  | {
      readonly kind: "file";
      readonly analyser: string;
      readonly file: string;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly kind: "analyser";
      readonly analyser: string;
      readonly status: "started" | "completed" | "failed" | "timed-out" | "unavailable";
      readonly findings?: number;
    }
  | { readonly kind: "findings"; readonly total: number };

export type ProgressSink = (event: ProgressEvent) => void;
