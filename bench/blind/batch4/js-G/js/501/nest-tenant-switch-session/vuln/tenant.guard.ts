import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class TenantGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    // downstream handlers scope every query by req.session.tenantId
    return Boolean(req.session?.userId && req.session?.tenantId);
  }
}
