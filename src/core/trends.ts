import type { TrendPoint } from "./service-store.js";

/** A trend point standing for one UTC day: that day's last review, and how many reviews the day had. */
export interface DayPoint extends TrendPoint {
  readonly day: string;
  readonly reviews: number;
}

/**
 * Groups a project's reviews (oldest first) by the UTC day they completed,
 * keeping each day's last review: the code's state at the end of the day,
 * rather than an average of reviews of different scopes.
 */
export function trendByDay(points: readonly TrendPoint[]): readonly DayPoint[] {
  const days = new Map<string, DayPoint>();
  for (const point of points) {
    const day = point.completedAt.slice(0, 10);
    const before = days.get(day);
    days.set(day, { ...point, day, reviews: (before?.reviews ?? 0) + 1 });
  }
  return [...days.values()];
}

/** The start of a period of `days` days ending at `now`, as canonical ISO-8601 text. */
export function periodStart(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
