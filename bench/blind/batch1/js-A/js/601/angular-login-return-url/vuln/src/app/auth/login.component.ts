import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { AuthService } from './auth.service';

@Component({
  selector: 'app-login',
  standalone: true,
  imports: [FormsModule],
  template: `
    <form (ngSubmit)="submit()">
      <input name="email" type="email" [(ngModel)]="email" required />
      <input name="password" type="password" [(ngModel)]="password" required />
      @if (error) { <p class="error">{{ error }}</p> }
      <button type="submit">Sign in</button>
    </form>
  `,
})
export class LoginComponent {
  private readonly auth = inject(AuthService);
  private readonly route = inject(ActivatedRoute);
  email = '';
  password = '';
  error = '';

  async submit() {
    try {
      await this.auth.login(this.email, this.password);
      this.auth.continueAfterLogin(this.route.snapshot.queryParamMap.get('returnUrl'));
    } catch {
      this.error = 'Sign-in failed';
    }
  }
}
