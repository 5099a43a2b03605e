import { comparePriority } from "../llm/index.js";

/**
 * One review's LLM calls, all agents together, in order of risk
 * (docs/agents.md, "Budgets, order and cost"). The agents start at once;
 * dispatch waits one turn of the event loop so every agent has queued its
 * work before the first call leaves, then the lowest rank always goes next.
 *
 * A call the budget refused while other calls were in flight is parked and
 * tried again after the next one settles: a reservation released or settled
 * below its worst case may leave room for it. It is refused for good only
 * when nothing was in flight and nothing settled since it was tried.
 *
 * A parked call keeps its rank: nothing ranked after it starts while it
 * waits, or a smaller, lower-ranked call could take the budget it waits for.
 * A call in flight keeps its rank through its retries by the budget's retry
 * holds (each call is submitted with its rank as its priority). Together:
 * lower-ranked work only gets budget that higher-ranked work pending,
 * parked or retrying cannot need (docs/agents.md, "Budgets, order and cost").
 */
export class WorkQueue {
  private readonly pending: Entry[] = [];
  private readonly parked: Entry[] = [];
  private active = 0;
  /** Calls that ran to an outcome (not refusals): each may have freed budget. */
  private settled = 0;
  private scheduled = false;
  private sequence = 0;

  constructor(private readonly concurrency: number) {}

  /**
   * Runs `run` in rank order (compared element by element, lowest first).
   * `refused(outcome)` says whether the outcome was a budget refusal worth
   * trying again once the budget moved.
   */
  submit<R>(rank: readonly number[], run: () => Promise<R>, refused: (outcome: R) => boolean): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const entry: Entry = {
        rank,
        seq: this.sequence++,
        settledAtStart: 0,
        run: async () => {
          const outcome = await run();
          return { refused: refused(outcome), finish: () => resolve(outcome) };
        },
        fail: reject,
      };
      this.insert(entry);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.pump());
      }
    });
  }

  private insert(entry: Entry): void {
    let at = this.pending.length;
    while (at > 0 && before(entry, this.pending[at - 1]!)) at--;
    this.pending.splice(at, 0, entry);
  }

  private pump(): void {
    while (this.active < this.concurrency && this.pending.length > 0) {
      if (this.parked.some((p) => before(p, this.pending[0]!))) break;
      const entry = this.pending.shift()!;
      this.active++;
      entry.settledAtStart = this.settled;
      void entry.run().then(
        ({ refused, finish }) => {
          this.active--;
          if (refused && (this.active > 0 || this.settled !== entry.settledAtStart)) {
            this.parked.push(entry);
          } else {
            if (!refused) {
              this.settled++;
              // What was refused may fit now.
              for (const p of this.parked.splice(0)) this.insert(p);
            }
            finish();
          }
          this.release();
        },
        (error: unknown) => {
          this.active--;
          entry.fail(error);
          this.release();
        },
      );
    }
  }

  private release(): void {
    // Nothing left in flight: parked calls get their last try against a fully settled budget
    // (and go before the pending calls ranked after them, which waited for them).
    if (this.active === 0) for (const p of this.parked.splice(0)) this.insert(p);
    this.pump();
  }
}

interface Entry {
  readonly rank: readonly number[];
  readonly seq: number;
  settledAtStart: number;
  run(): Promise<{ refused: boolean; finish: () => void }>;
  fail(error: unknown): void;
}

function before(a: Entry, b: Entry): boolean {
  const d = comparePriority(a.rank, b.rank);
  return d !== 0 ? d < 0 : a.seq < b.seq;
}
