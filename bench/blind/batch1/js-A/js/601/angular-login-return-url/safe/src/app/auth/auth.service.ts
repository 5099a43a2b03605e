import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  async login(email: string, password: string): Promise<void> {
    await firstValueFrom(this.http.post('/api/session', { email, password }, { withCredentials: true }));
  }

  continueAfterLogin(returnUrl: string | null): void {
    const target = returnUrl && /^\/(?![/\\])/.test(returnUrl) ? returnUrl : '/home';
    // navigateByUrl only navigates inside the application
    void this.router.navigateByUrl(target);
  }
}
