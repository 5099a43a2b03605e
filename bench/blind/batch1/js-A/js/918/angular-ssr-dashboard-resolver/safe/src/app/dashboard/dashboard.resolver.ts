import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { DashboardDataService, Tile } from './dashboard-data.service';

const DEFAULT_SOURCE = 'default';

// /dashboard?source=<board id> lets embedded dashboards pick one of their boards on our metrics API
export const dashboardResolver: ResolveFn<Tile[]> = (route) => {
  const source = route.queryParamMap.get('source') ?? DEFAULT_SOURCE;
  return inject(DashboardDataService).tilesFrom(source);
};
