import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

export interface Profile {
  id: string;
  displayName: string;
  bioHtml: string;
}

@Injectable({ providedIn: 'root' })
export class ProfileService {
  constructor(private http: HttpClient) {}

  get(id: string): Observable<Profile> {
    return this.http.get<Profile>(`/api/profiles/${encodeURIComponent(id)}`);
  }

  updateBio(id: string, bioHtml: string): Observable<void> {
    return this.http.put<void>(`/api/profiles/${encodeURIComponent(id)}/bio`, { bioHtml });
  }
}
