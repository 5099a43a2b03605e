import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface Tile {
  label: string;
  value: number;
}

const METRICS_API = 'https://api.metrics.example.com/v1/tiles/';

@Injectable({ providedIn: 'root' })
export class DashboardDataService {
  private readonly http = inject(HttpClient);

  // During server-side rendering this request is made by the Node server process.
  tilesFrom(source: string): Observable<Tile[]> {
    const board = /^[a-z0-9-]{1,40}$/.test(source) ? source : 'default';
    return this.http.get<Tile[]>(METRICS_API + board);
  }
}
