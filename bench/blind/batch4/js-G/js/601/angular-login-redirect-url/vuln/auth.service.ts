import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthService {
  constructor(private http: HttpClient) {}

  async signIn(email: string, password: string): Promise<boolean> {
    try {
      await firstValueFrom(this.http.post('/api/session', { email, password }, { withCredentials: true }));
      return true;
    } catch {
      return false;
    }
  }
}
