const layouts = new Map<string, Record<string, any>>();

export async function getLayout(userId: string) {
  return layouts.get(userId) ?? { columns: 3, widgets: { sales: { x: 0, y: 0 }, traffic: { x: 1, y: 0 } } };
}

export async function putLayout(userId: string, layout: Record<string, any>) {
  layouts.set(userId, layout);
}
