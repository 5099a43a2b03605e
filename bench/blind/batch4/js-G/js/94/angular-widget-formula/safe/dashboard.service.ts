import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

export interface WidgetDef {
  label: string;
  formula: string;
}

@Injectable({ providedIn: 'root' })
export class DashboardService {
  constructor(private readonly http: HttpClient) {}

  widget(dashboardId: string, widgetId: string): Observable<{ def: WidgetDef; metrics: Record<string, number> }> {
    return this.http.get<{ def: WidgetDef; metrics: Record<string, number> }>(`/api/dashboards/${dashboardId}/widgets/${widgetId}`);
  }
}
