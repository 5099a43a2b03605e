import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';

export interface Profile { id: string; displayName: string; bioHtml: string; }

@Injectable({ providedIn: 'root' })
export class ProfileService {
  constructor(private http: HttpClient) {}
  get(id: string) { return this.http.get<Profile>(`/api/profiles/${encodeURIComponent(id)}`); }
}
