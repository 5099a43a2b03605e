export function buildOrderFilter(customerId: string, query: Record<string, unknown>) {
  const { page, ...rest } = query;
  void page;
  return { ...rest, customerId };
}
