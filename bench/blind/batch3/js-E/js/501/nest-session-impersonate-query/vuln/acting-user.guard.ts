import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class ActingUserGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    const acting = req.session?.effectiveUserId ?? req.session?.userId;
    if (!acting) return false;
    req.actingUserId = acting;
    return true;
  }
}
