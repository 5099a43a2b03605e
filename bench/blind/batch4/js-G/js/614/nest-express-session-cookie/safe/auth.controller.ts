import { Body, Controller, Post, Session, UnauthorizedException } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersService) {}

  @Post('login')
  async login(@Body() body: { email: string; password: string }, @Session() session: Record<string, unknown>) {
    const user = await this.users.verify(body.email, body.password);
    if (!user) throw new UnauthorizedException();
    session.userId = user.id;
    return { ok: true };
  }
}
