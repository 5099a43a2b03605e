import vm from 'node:vm';

const SAMPLES: Record<string, number[]> = {
  cpu: [0.42, 0.55, 0.91],
  latency_ms: [120, 98, 340],
};

const COMPARATORS: Record<string, string> = {
  gt: 'value > threshold',
  lt: 'value < threshold',
  gte: 'value >= threshold',
  lte: 'value <= threshold',
};

export class RuleEvaluator {
  async evaluate(metric: string, rule: string, threshold: number): Promise<boolean> {
    const series = SAMPLES[metric] ?? [];
    const value = series.length ? series[series.length - 1] : 0;
    const expr = COMPARATORS[rule];
    if (!expr) {
      throw new Error('unknown comparator');
    }
    const result = vm.runInNewContext(expr, { value, threshold: Number(threshold) }, { timeout: 50 });
    return Boolean(result);
  }
}
