import { Injectable, inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { environment } from '../../environments/environment';

const CHARSET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

@Injectable({ providedIn: 'root' })
export class OAuthService {
  private document = inject(DOCUMENT);

  private randomString(length: number): string {
    return Array.from({ length }, () => CHARSET.charAt(Math.floor(Math.random() * CHARSET.length))).join(''); // cg-expect: CWE-330
  }

  private async challengeFor(verifier: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    return btoa(String.fromCharCode(...new Uint8Array(digest))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async beginLogin(returnTo = '/'): Promise<void> {
    const state = this.randomString(32);
    const verifier = this.randomString(64);
    sessionStorage.setItem('oauth_state', state);
    sessionStorage.setItem('pkce_verifier', verifier);
    sessionStorage.setItem('oauth_return_to', returnTo);

    const params = new URLSearchParams({
      response_type: 'code',
      client_id: environment.oauthClientId,
      redirect_uri: `${this.document.location.origin}/auth/callback`,
      scope: 'openid profile email',
      state,
      code_challenge: await this.challengeFor(verifier),
      code_challenge_method: 'S256',
    });
    this.document.location.assign(`${environment.oauthAuthorizeUrl}?${params}`);
  }
}
