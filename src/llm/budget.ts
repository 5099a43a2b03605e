import { costCents, priceOf } from "./pricing.js";
import type { PriceTable } from "./pricing.js";
import type { Priority } from "./priority.js";
import { RetryHolds } from "./retry-holds.js";
import type { RetryHold } from "./retry-holds.js";
import { formatModelRef } from "./types.js";
import type { ModelRef, TokenUsage } from "./types.js";

export interface BudgetLimits {
  /** Tokens one call about one file may use: input estimate plus the output cap. */
  readonly maxTokensPerFile: number;
  /** Tokens all calls of a review may use. */
  readonly maxTokensPerReview: number;
  /** US cents all calls of a review may cost. */
  readonly maxCostCentsPerReview: number;
}

/** Seed plan §8.3: 8,000 tokens per file, 200,000 per review, 50 cents per review. */
export const DEFAULT_BUDGET_LIMITS: BudgetLimits = Object.freeze({
  maxTokensPerFile: 8000,
  maxTokensPerReview: 200_000,
  maxCostCentsPerReview: 50,
});

export interface ReservationRequest {
  readonly model: ModelRef;
  readonly inputTokens: number;
  readonly maxOutputTokens: number;
  /** The file the call is about, when it is about one. */
  readonly file?: string;
  /** The task paying (an agent's, or `fix`): spending is also tallied per task and model. */
  readonly task?: string;
  /** Where the call stands in the review's order: budget held for retries of calls before it is not its to take. */
  readonly priority?: Priority;
}

export interface Reservation {
  readonly id: number;
  readonly model: ModelRef;
  readonly tokens: number;
  readonly cents: number;
  readonly file?: string;
  readonly task?: string;
}

export type ReserveResult =
  { readonly ok: true; readonly reservation: Reservation } | { readonly ok: false; readonly reason: string };

export interface BudgetSnapshot {
  readonly tokensUsed: number;
  readonly tokensReserved: number;
  readonly centsUsed: number;
  readonly centsReserved: number;
  readonly calls: number;
  readonly refusals: readonly string[];
  /** Calls whose provider reported no usage: charged at their reservation. */
  readonly unreportedUsage: number;
  /** Settled spending per `provider:model`, for the review's cost line. */
  readonly byModel: Readonly<Record<string, ModelSpend>>;
  /** Settled spending per task, then per `provider:model` (calls without a task are under ""). */
  readonly byTask: Readonly<Record<string, Readonly<Record<string, ModelSpend>>>>;
}

export interface ModelSpend {
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cents: number;
}

/**
 * One review's spending. A call first reserves its worst case (estimated
 * input plus the whole output cap, priced), so calls running in parallel can
 * never together pass a cap; when it ends it settles at the usage the provider
 * reported, or releases the reservation if nothing was sent. A call that may
 * still retry holds what its retries could need against calls ranked after
 * it (retry-holds.ts).
 */
export class Budget {
  private nextId = 1;
  private readonly open = new Map<number, Reservation>();
  private tokensUsed = 0;
  private centsUsed = 0;
  private calls = 0;
  private unreported = 0;
  private readonly refusals: string[] = [];
  private readonly byModel = new Map<string, ModelSpend>();
  private readonly byTask = new Map<string, Map<string, ModelSpend>>();
  private readonly holds = new RetryHolds();

  constructor(
    readonly limits: BudgetLimits,
    private readonly prices: PriceTable,
  ) {}

  tryReserve(request: ReservationRequest): ReserveResult {
    const reason = this.refusalReason(request);
    if (reason !== undefined) {
      this.refusals.push(reason);
      return { ok: false, reason };
    }
    const price = priceOf(this.prices, request.model);
    const tokens = request.inputTokens + request.maxOutputTokens;
    const cents =
      price === undefined
        ? 0
        : costCents(price, { inputTokens: request.inputTokens, outputTokens: request.maxOutputTokens });
    const reservation: Reservation = {
      id: this.nextId++,
      model: request.model,
      tokens,
      cents,
      ...(request.file === undefined ? {} : { file: request.file }),
      ...(request.task === undefined ? {} : { task: request.task }),
    };
    this.open.set(reservation.id, reservation);
    return { ok: true, reservation };
  }

  /** Charges what the call really used; returns the cents charged. */
  settle(reservation: Reservation, usage: TokenUsage): number {
    if (!this.open.delete(reservation.id)) return 0;
    this.calls++;
    const reported = usage.inputTokens + usage.outputTokens > 0;
    const price = priceOf(this.prices, reservation.model);
    let cents: number;
    let charged: TokenUsage;
    if (!reported) {
      this.unreported++;
      cents = reservation.cents;
      charged = { inputTokens: reservation.tokens, outputTokens: 0 };
    } else {
      cents = price === undefined ? reservation.cents : costCents(price, usage);
      charged = usage;
    }
    this.tokensUsed += charged.inputTokens + charged.outputTokens;
    this.centsUsed += cents;
    const name = formatModelRef(reservation.model);
    addSpend(this.byModel, name, charged, cents);
    const task = this.byTask.get(reservation.task ?? "") ?? new Map<string, ModelSpend>();
    this.byTask.set(reservation.task ?? "", task);
    addSpend(task, name, charged, cents);
    return cents;
  }

  /**
   * Whether a reserved call may still go out. A settlement can pass its
   * reservation (a provider reporting far more than our estimate), so calls
   * reserved before it are checked again just before sending: once what was
   * spent plus what is still reserved passes a cap, nothing more is sent
   * (docs/llm.md, "Tokens and money").
   */
  maySend(reservation: Reservation): string | undefined {
    if (!this.open.has(reservation.id)) return "the reservation was already settled";
    const { tokensUsed, tokensReserved, centsUsed, centsReserved } = this.snapshot();
    if (tokensUsed + tokensReserved > this.limits.maxTokensPerReview)
      return `the review's token budget is spent: ${tokensUsed} used, cap ${this.limits.maxTokensPerReview}`;
    if (centsUsed + centsReserved > this.limits.maxCostCentsPerReview)
      return `the review's cost budget is spent: ${formatCents(centsUsed)} used, cap ${formatCents(this.limits.maxCostCentsPerReview)}`;
    return undefined;
  }

  /** Budget kept for a call's further attempts, from calls ranked after `priority`; release it when the call ends. */
  holdForRetries(priority: Priority): RetryHold {
    return this.holds.open(priority);
  }

  /** Reservations still open: calls in flight whose cost is not known yet. */
  openReservations(): number {
    return this.open.size;
  }

  /** Gives a reservation back when the call never reached the model. */
  release(reservation: Reservation): void {
    this.open.delete(reservation.id);
  }

  snapshot(): BudgetSnapshot {
    let tokensReserved = 0;
    let centsReserved = 0;
    for (const r of this.open.values()) {
      tokensReserved += r.tokens;
      centsReserved += r.cents;
    }
    return {
      tokensUsed: this.tokensUsed,
      tokensReserved,
      centsUsed: this.centsUsed,
      centsReserved,
      calls: this.calls,
      refusals: [...this.refusals],
      unreportedUsage: this.unreported,
      byModel: Object.fromEntries(this.byModel),
      byTask: Object.fromEntries([...this.byTask].map(([task, m]) => [task, Object.fromEntries(m)])),
    };
  }

  private refusalReason(request: ReservationRequest): string | undefined {
    const name = formatModelRef(request.model);
    const price = priceOf(this.prices, request.model);
    if (price === undefined) {
      return `no price is known for ${name}: add one to the price table (USD per million input and output tokens)`;
    }
    const tokens = request.inputTokens + request.maxOutputTokens;
    if (request.file !== undefined && tokens > this.limits.maxTokensPerFile) {
      return `a call about ${request.file} needs up to ${tokens} tokens, over the per-file cap of ${this.limits.maxTokensPerFile}`;
    }
    const { tokensUsed, tokensReserved, centsUsed, centsReserved } = this.snapshot();
    const held = this.holds.before(request.priority);
    const heldTokens = held.tokens > 0 ? `, ${held.tokens} held for retries ranked before it` : "";
    if (tokensUsed + tokensReserved + held.tokens + tokens > this.limits.maxTokensPerReview) {
      return `the review's token budget would be exceeded: ${tokensUsed} used, ${tokensReserved} reserved${heldTokens}, ${tokens} more needed, cap ${this.limits.maxTokensPerReview}`;
    }
    const cents = costCents(price, {
      inputTokens: request.inputTokens,
      outputTokens: request.maxOutputTokens,
    });
    const heldCents = held.cents > 0 ? `, ${formatCents(held.cents)} held for retries ranked before it` : "";
    if (centsUsed + centsReserved + held.cents + cents > this.limits.maxCostCentsPerReview) {
      return `the review's cost budget would be exceeded: ${formatCents(centsUsed)} used, ${formatCents(centsReserved)} reserved${heldCents}, ${formatCents(cents)} more needed on ${name}, cap ${formatCents(this.limits.maxCostCentsPerReview)}`;
    }
    return undefined;
  }
}

function addSpend(map: Map<string, ModelSpend>, name: string, usage: TokenUsage, cents: number): void {
  const before = map.get(name) ?? { calls: 0, inputTokens: 0, outputTokens: 0, cents: 0 };
  map.set(name, {
    calls: before.calls + 1,
    inputTokens: before.inputTokens + usage.inputTokens,
    outputTokens: before.outputTokens + usage.outputTokens,
    cents: before.cents + cents,
  });
}

function formatCents(cents: number): string {
  return `${cents.toFixed(3)}¢`;
}
