import { Routes } from '@angular/router';
import { dashboardResolver } from './dashboard/dashboard.resolver';

export const routes: Routes = [
  {
    path: 'dashboard',
    loadComponent: () => import('./dashboard/dashboard.component').then((m) => m.DashboardComponent),
    resolve: { tiles: dashboardResolver },
  },
];
