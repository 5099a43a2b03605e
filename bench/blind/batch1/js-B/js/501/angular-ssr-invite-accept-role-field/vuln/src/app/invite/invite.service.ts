import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable } from 'rxjs';

export interface InviteDetails {
  code: string;
  orgName: string;
  role: 'viewer' | 'editor' | 'owner';
}

@Injectable({ providedIn: 'root' })
export class InviteService {
  private http = inject(HttpClient);

  details(code: string): Observable<InviteDetails> {
    return this.http.get<InviteDetails>(`/api/invites/${encodeURIComponent(code)}`);
  }

  /** The accept form echoes back the invite as displayed. */
  accept(invite: InviteDetails): Observable<{ orgId: string }> {
    return this.http.post<{ orgId: string }>('/api/invites/accept', invite, { withCredentials: true });
  }
}
