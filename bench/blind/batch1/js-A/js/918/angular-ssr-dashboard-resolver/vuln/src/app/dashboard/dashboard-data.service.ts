import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

export interface Tile {
  label: string;
  value: number;
}

@Injectable({ providedIn: 'root' })
export class DashboardDataService {
  private readonly http = inject(HttpClient);

  // During server-side rendering this request is made by the Node server process.
  tilesFrom(source: string): Observable<Tile[]> {
    return this.http.get<Tile[]>(source); // cg-expect: CWE-918
  }
}
