export function buildOrderFilter(customerId: string, query: Record<string, unknown>) {
  const filter: Record<string, string> = { customerId };
  for (const key of ['status', 'channel', 'currency']) {
    const v = query[key];
    if (typeof v === 'string' && v.length <= 40) {
      filter[key] = v;
    }
  }
  return filter;
}
