import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

export interface Announcement {
  id: string;
  bodyHtml: string;
}

@Injectable({ providedIn: 'root' })
export class AnnouncementService {
  constructor(private readonly http: HttpClient) {}

  current(): Observable<Announcement> {
    return this.http.get<Announcement>('/api/announcements/current');
  }
}
