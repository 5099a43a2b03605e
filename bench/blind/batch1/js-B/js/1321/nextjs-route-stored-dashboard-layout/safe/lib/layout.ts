export type Widget = { type: string; x: number; y: number; w: number; h: number; options?: Record<string, unknown> };

export interface DashboardLayout {
  columns: number;
  widgets: Record<string, Widget>;
  theme: { accent: string; compact: boolean };
}

export const DEFAULT_LAYOUT: DashboardLayout = {
  columns: 12,
  widgets: {},
  theme: { accent: '#2563eb', compact: false },
};

/** Overlays a user's saved layout on top of the defaults. */
export function overlay(base: any, saved: any): any {
  for (const key of Object.keys(saved)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (saved[key] && typeof saved[key] === 'object' && !Array.isArray(saved[key])) {
      base[key] = overlay(Object.hasOwn(base, key) ? base[key] : {}, saved[key]);
    } else {
      base[key] = saved[key];
    }
  }
  return base;
}
