import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { OAuthService } from './oauth.service';

@Component({
  selector: 'app-login-button',
  standalone: true,
  template: `<button type="button" class="btn-primary" (click)="login()">Sign in with Acme ID</button>`,
})
export class LoginButtonComponent {
  private oauth = inject(OAuthService);
  private route = inject(ActivatedRoute);

  login(): void {
    const returnTo = this.route.snapshot.queryParamMap.get('returnTo') ?? '/';
    void this.oauth.beginLogin(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/');
  }
}
