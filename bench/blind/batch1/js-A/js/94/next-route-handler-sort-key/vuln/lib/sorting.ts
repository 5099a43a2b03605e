type Getter<T> = (item: T) => unknown;

const cache = new Map<string, Getter<any>>();

// supports nested keys such as "price.amount" or "vendor.name"
function getter<T>(key: string): Getter<T> {
  let fn = cache.get(key);
  if (!fn) {
    fn = eval(`(item) => item.${key}`); // cg-expect: CWE-94
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
