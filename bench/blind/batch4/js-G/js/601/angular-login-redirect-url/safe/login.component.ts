import { Component } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService } from './auth.service';

@Component({
  selector: 'app-login',
  templateUrl: './login.component.html',
})
export class LoginComponent {
  email = '';
  password = '';
  error = '';

  constructor(private route: ActivatedRoute, private router: Router, private auth: AuthService) {}

  async submit(): Promise<void> {
    const ok = await this.auth.signIn(this.email, this.password);
    if (!ok) {
      this.error = 'Sign-in failed';
      return;
    }
    const redirectUrl = this.route.snapshot.queryParamMap.get('redirectUrl') ?? '/home';
    const tree = this.router.parseUrl(redirectUrl.startsWith('/') && !redirectUrl.startsWith('//') ? redirectUrl : '/home');
    await this.router.navigateByUrl(tree);
  }
}
