import { Redis } from "ioredis";
import {
  foldSnapshot,
  type ProgressBus,
  type ProgressFollow,
  type ReviewEvent,
  type ReviewMessage,
} from "../core/progress-bus.js";

export interface RedisProgressBusOptions {
  /** `redis://host:port[/db]`, the queue's Redis. */
  readonly url: string;
  /** Namespaces this bus's keys and channels (tests use one per run). */
  readonly prefix?: string;
  /** How long a review's state is kept after its last event. */
  readonly keepMs?: number;
  readonly now?: () => Date;
  /** Where Redis trouble is reported; publishing never fails a review. */
  readonly log?: (message: string) => void;
}

const DEFAULT_KEEP_MS = 24 * 60 * 60_000;

/**
 * Numbers the event, keeps it as its kind's latest in the review's hash,
 * renews the hash's time to live and publishes it, all at once, so the kept
 * state and the published messages never disagree on order. The event
 * arrives as JSON without `seq`; the script puts `seq` first. A state event
 * that is not final never follows a final one (a stray delivery's "running").
 */
const PUBLISH = `
if ARGV[4] == 'not-final' then
  local kept = redis.call('HGET', KEYS[1], 'state')
  if kept and string.find(kept, '"final":true', 1, true) then return 0 end
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
local message = '{"seq":' .. seq .. ',' .. string.sub(ARGV[1], 2)
redis.call('HSET', KEYS[1], ARGV[2], message)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', KEYS[1], message)
return seq
`;

/**
 * The progress bus across processes (docs/server.md, "Live progress"): the
 * worker running a review publishes on the review's Redis channel and keeps
 * the latest event of each kind in a hash with a time to live; any API
 * process subscribes to the channel and reads the hash for a late follower.
 */
export class RedisProgressBus implements ProgressBus {
  private readonly publisher: Redis;
  private subscriber: Redis | undefined;
  private readonly listeners = new Map<string, Set<(message: ReviewMessage) => void>>();
  /** Each followed channel's SUBSCRIBE, which every follower of it waits for before reading state. */
  private readonly subscriptions = new Map<string, Promise<unknown>>();
  private readonly prefix: string;
  private readonly keepMs: number;
  private readonly now: () => Date;
  private readonly log: (message: string) => void;

  constructor(private readonly options: RedisProgressBusOptions) {
    this.prefix = options.prefix ?? "codeguardian";
    this.keepMs = options.keepMs ?? DEFAULT_KEEP_MS;
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => undefined);
    // One retry, then the publish fails and is logged: a review never waits on Redis.
    this.publisher = new Redis(options.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    this.publisher.on("error", (error: Error) => this.log(`progress bus: ${error.message}`));
  }

  async publish(reviewId: string, event: ReviewEvent): Promise<void> {
    const body = JSON.stringify({ ...event, reviewId, at: this.now().toISOString() });
    await this.publisher.eval(
      PUBLISH,
      1,
      this.key(reviewId),
      body,
      fieldOf(event),
      String(this.keepMs),
      event.kind === "state" && !event.final ? "not-final" : "",
    );
  }

  async follow(reviewId: string, listener: (message: ReviewMessage) => void): Promise<ProgressFollow> {
    const channel = this.key(reviewId);
    const subscriber = this.subscriberConnection();
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    const subscribed = this.subscriptions.get(channel) ?? subscriber.subscribe(channel);
    this.subscriptions.set(channel, subscribed);
    // Subscribed before the state is read: nothing published in between is missed.
    try {
      await subscribed;
    } catch (error) {
      set.delete(listener);
      if (set.size === 0) this.forget(channel, set);
      throw error;
    }
    const stored = await this.publisher.hgetall(channel);
    const messages = Object.entries(stored)
      .filter(([field]) => field !== "seq")
      .map(([, text]) => JSON.parse(text) as ReviewMessage)
      .sort((a, b) => a.seq - b.seq);
    return {
      snapshot: foldSnapshot(reviewId, messages),
      stop: async () => {
        set.delete(listener);
        if (set.size > 0 || this.listeners.get(channel) !== set) return;
        this.forget(channel, set);
        await subscriber.unsubscribe(channel).catch((error: unknown) => {
          this.log(`progress bus: could not unsubscribe from ${channel}: ${String(error)}`);
        });
      },
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriptions.clear();
    this.subscriber?.disconnect();
    this.subscriber = undefined;
    this.publisher.disconnect();
    return Promise.resolve();
  }

  private forget(channel: string, set: Set<(message: ReviewMessage) => void>): void {
    if (this.listeners.get(channel) !== set) return;
    this.listeners.delete(channel);
    this.subscriptions.delete(channel);
  }

  private key(reviewId: string): string {
    return `${this.prefix}:progress:${reviewId}`;
  }

  /** Made on the first follow: a worker process only publishes and needs no second connection. */
  private subscriberConnection(): Redis {
    if (this.subscriber !== undefined) return this.subscriber;
    const subscriber = new Redis(this.options.url, { maxRetriesPerRequest: 1 });
    subscriber.on("error", (error: Error) => this.log(`progress bus: ${error.message}`));
    subscriber.on("message", (channel: string, text: string) => {
      const listeners = this.listeners.get(channel);
      if (listeners === undefined) return;
      let message: ReviewMessage;
      try {
        message = JSON.parse(text) as ReviewMessage;
      } catch {
        // Only our script publishes here; anything else on the channel is not a message of ours.
        return;
      }
      for (const listener of listeners) listener(message);
    });
    this.subscriber = subscriber;
    return subscriber;
  }
}

/** The hash field an event is kept under: the latest of each kind, and of each analyser's status. */
function fieldOf(event: ReviewEvent): string {
  return event.kind === "analyser" ? `analyser:${event.analyser}` : event.kind;
}
