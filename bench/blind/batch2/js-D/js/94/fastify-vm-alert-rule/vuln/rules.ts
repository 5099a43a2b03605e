import vm from 'node:vm';

const SAMPLES: Record<string, number[]> = {
  cpu: [0.42, 0.55, 0.91],
  latency_ms: [120, 98, 340],
};

export class RuleEvaluator {
  async evaluate(metric: string, rule: string, threshold: number): Promise<boolean> {
    const series = SAMPLES[metric] ?? [];
    const value = series.length ? series[series.length - 1] : 0;
    const result = vm.runInNewContext(rule, { value, threshold, series }, { timeout: 50 }); // cg-expect: CWE-94
    return Boolean(result);
  }
}
