import { HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { tap } from 'rxjs';
import { environment } from '../../environments/environment';

// Dumps every request and response (headers and bodies) to the console for troubleshooting.
export const httpTraceInterceptor: HttpInterceptorFn = (req, next) => {
  if (!environment.logHttpTraffic) return next(req);
  console.debug('[http] ->', req.method, req.urlWithParams, req.headers.get('Authorization'), req.body);
  return next(req).pipe(
    tap((event) => {
      if (event instanceof HttpResponse) console.debug('[http] <-', event.status, event.url, event.body);
    })
  );
};
