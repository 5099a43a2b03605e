import vm from 'node:vm';

type Row = Record<string, unknown>;

const PATH_RE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){0,4}$/;

export function makeMapper(columns: { header: string; expr: string }[]) {
  const fns = columns.map(({ expr }) => {
    if (!PATH_RE.test(expr)) {
      throw new Error(`unsupported column: ${expr}`);
    }
    // property access only, e.g. "customer.email"
    return vm.compileFunction(`return row.${expr};`, ['row']) as (row: Row) => unknown;
  });
  return (row: Row) => fns.map((fn) => fn(row));
}

export function toCsvLine(values: unknown[]): string {
  return values.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',');
}
