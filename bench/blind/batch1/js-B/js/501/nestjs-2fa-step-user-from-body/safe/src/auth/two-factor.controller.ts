import { Body, Controller, HttpCode, Post, Session, UnauthorizedException } from '@nestjs/common';
import { AuthService } from './auth.service';
import { TotpService } from './totp.service';

interface AppSession {
  pendingUserId?: string;
  userId?: string;
}

@Controller('auth')
export class TwoFactorController {
  constructor(private readonly auth: AuthService, private readonly totp: TotpService) {}

  @Post('password')
  @HttpCode(200)
  async password(@Body() body: { email: string; password: string }, @Session() session: AppSession) {
    const user = await this.auth.checkPassword(body.email, body.password);
    if (!user) throw new UnauthorizedException();
    session.pendingUserId = user.id;
    return { next: 'totp', userId: user.id };
  }

  @Post('totp')
  @HttpCode(200)
  async verifyTotp(@Body() body: { userId: string; code: string }, @Session() session: AppSession) {
    if (!session.pendingUserId) throw new UnauthorizedException('start with your password');
    const ok = await this.totp.verify(session.pendingUserId, body.code);
    if (!ok) throw new UnauthorizedException('wrong code');
    session.userId = session.pendingUserId;
    delete session.pendingUserId;
    return { signedIn: true };
  }
}
