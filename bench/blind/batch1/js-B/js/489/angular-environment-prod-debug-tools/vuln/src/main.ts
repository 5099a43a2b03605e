import { ApplicationRef, enableProdMode } from '@angular/core';
import { enableDebugTools } from '@angular/platform-browser';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { AppComponent } from './app/app.component';
import { httpTraceInterceptor } from './app/core/http-trace.interceptor';
import { environment } from './environments/environment';

if (environment.production) {
  enableProdMode();
}

bootstrapApplication(AppComponent, {
  providers: [provideHttpClient(withInterceptors([httpTraceInterceptor]))],
}).then((appRef: ApplicationRef) => {
  if (!environment.production) {
    enableDebugTools(appRef.components[0]);
    (window as any).appRef = appRef;
  }
});
