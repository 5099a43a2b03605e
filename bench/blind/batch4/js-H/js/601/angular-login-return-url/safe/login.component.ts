import { Component } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService } from './auth.service';

@Component({ selector: 'app-login', templateUrl: './login.component.html' })
export class LoginComponent {
  email = '';
  password = '';
  constructor(private auth: AuthService, private route: ActivatedRoute, private router: Router) {}

  submit() {
    this.auth.login(this.email, this.password).subscribe(() => {
      const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl') || '/home';
      const target = returnUrl.startsWith('/') && !returnUrl.startsWith('//') && !returnUrl.startsWith('/\\') ? returnUrl : '/home';
      this.router.navigateByUrl(target);
    });
  }
}
