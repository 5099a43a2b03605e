import { Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { HttpClient } from '@angular/common/http';
import { AsyncPipe, CurrencyPipe } from '@angular/common';
import { environment } from '../environments/environment';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [RouterOutlet, AsyncPipe, CurrencyPipe],
  template: `
    <header>Balance: {{ (balance$ | async)?.amount | currency }}</header>
    <router-outlet />
  `,
})
export class AppComponent {
  private http = inject(HttpClient);
  balance$ = this.http.get<{ amount: number }>(`${environment.apiUrl}/accounts/primary/balance`);
}
