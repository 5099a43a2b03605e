import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { DashboardDataService, Tile } from './dashboard-data.service';

const DEFAULT_SOURCE = 'https://api.metrics.example.com/v1/tiles/default';

// /dashboard?source=<tiles endpoint> lets embedded dashboards point at their own metrics API
export const dashboardResolver: ResolveFn<Tile[]> = (route) => {
  const source = route.queryParamMap.get('source') ?? DEFAULT_SOURCE;
  return inject(DashboardDataService).tilesFrom(source);
};
