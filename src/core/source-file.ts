import type { Language } from "./language.js";

/** A file in scope, already read and decoded. Paths are repository-relative POSIX. */
export interface SourceFile {
  readonly path: string;
  readonly absolutePath: string;
  readonly language: Language;
  readonly text: string;
  readonly bytes: number;
  readonly lines: number;
  /** sha256 of the raw bytes. */
  readonly hash: string;
}
