import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import * as serialize from 'node-serialize';

export interface ClientContext {
  locale: string;
  timezone: string;
}

@Injectable()
export class ClientContextInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest();
    const header = String(req.headers['x-client-context'] ?? '');
    req.clientContext = header ? this.decode(header) : { locale: 'en', timezone: 'UTC' };
    return next.handle();
  }

  private decode(header: string): ClientContext {
    const text = Buffer.from(header, 'base64').toString('utf8');
    const obj = serialize.unserialize(text); // cg-expect: CWE-502
    return { locale: String(obj?.locale ?? 'en'), timezone: String(obj?.timezone ?? 'UTC') };
  }
}
