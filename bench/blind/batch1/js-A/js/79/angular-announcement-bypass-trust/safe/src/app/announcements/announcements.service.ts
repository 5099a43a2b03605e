import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

export interface Announcement {
  id: number;
  title: string;
  body: string; // HTML authored by workspace members in the rich-text editor
  author: string;
}

@Injectable({ providedIn: 'root' })
export class AnnouncementsService {
  private readonly http = inject(HttpClient);

  latest(workspaceId: string): Observable<Announcement[]> {
    return this.http
      .get<{ items: Announcement[] }>(`/api/workspaces/${encodeURIComponent(workspaceId)}/announcements`)
      .pipe(map((res) => res.items));
  }
}
