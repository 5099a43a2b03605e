import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, tap } from 'rxjs';

export interface LoginResult {
  displayName: string;
}

@Injectable({ providedIn: 'root' })
export class AuthService {
  private http = inject(HttpClient);
  currentUser: LoginResult | null = null;

  login(username: string, password: string): Observable<LoginResult> {
    return this.http
      .post<LoginResult>('/api/session', { username, password }, { withCredentials: true })
      .pipe(tap((u) => (this.currentUser = u)));
  }
}
