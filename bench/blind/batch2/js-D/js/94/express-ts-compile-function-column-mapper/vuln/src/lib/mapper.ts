import vm from 'node:vm';

type Row = Record<string, unknown>;

export function makeMapper(columns: { header: string; expr: string }[]) {
  const fns = columns.map(({ expr }) => {
    return vm.compileFunction(`return (${expr});`, ['row']) as (row: Row) => unknown; // cg-expect: CWE-94
  });
  return (row: Row) => fns.map((fn) => fn(row));
}

export function toCsvLine(values: unknown[]): string {
  return values.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',');
}
