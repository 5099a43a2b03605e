type Getter<T> = (item: T) => unknown;

const cache = new Map<string, Getter<any>>();
const ALLOWED = new Set(['name', 'price.amount', 'vendor.name', 'createdAt']);

// supports nested keys such as "price.amount" or "vendor.name"
function getter<T>(key: string): Getter<T> {
  if (!ALLOWED.has(key)) throw new Error('unsupported sort key');
  let fn = cache.get(key);
  if (!fn) {
    const parts = key.split('.');
    fn = (item: any) => parts.reduce((v, p) => (v == null ? v : v[p]), item);
    cache.set(key, fn!);
  }
  return fn!;
}

export function sortBy<T>(items: T[], key: string, dir: 1 | -1): T[] {
  const get = getter<T>(key);
  return [...items].sort((a, b) => {
    const av = get(a) as any;
    const bv = get(b) as any;
    return av === bv ? 0 : av > bv ? dir : -dir;
  });
}
