import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);

  async login(email: string, password: string): Promise<void> {
    await firstValueFrom(this.http.post('/api/session', { email, password }, { withCredentials: true }));
  }

  continueAfterLogin(returnUrl: string | null): void {
    const target = returnUrl && returnUrl.length > 0 ? returnUrl : '/home';
    window.location.href = target; // cg-expect: CWE-601
  }
}
