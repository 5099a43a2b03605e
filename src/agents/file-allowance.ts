/**
 * The per-file token budget, shared by every agent reviewing that file. A
 * call reserves its worst case before it starts (so agents running in
 * parallel cannot together pass the cap) and settles on what it used.
 */
export class FileAllowance {
  private readonly spent = new Map<string, number>();

  constructor(readonly maxTokensPerFile: number) {}

  /** The tokens reserved, or undefined when the file's budget cannot cover them. */
  reserve(file: string, tokens: number): number | undefined {
    const used = this.spent.get(file) ?? 0;
    if (used + tokens > this.maxTokensPerFile) return undefined;
    this.spent.set(file, used + tokens);
    return tokens;
  }

  settle(file: string, reserved: number, used: number): void {
    this.spent.set(file, (this.spent.get(file) ?? 0) - reserved + used);
  }

  used(file: string): number {
    return this.spent.get(file) ?? 0;
  }
}
