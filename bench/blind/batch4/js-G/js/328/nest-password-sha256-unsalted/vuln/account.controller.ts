import { BadRequestException, Body, Controller, Post, Req } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('account')
export class AccountController {
  constructor(private readonly users: UsersService) {}

  @Post('password')
  async change(@Req() req: { user: { id: string } }, @Body() body: { newPassword: string }) {
    if (!body.newPassword || body.newPassword.length < 12) {
      throw new BadRequestException('password too short');
    }
    await this.users.changePassword(req.user.id, body.newPassword);
    return { ok: true };
  }
}
