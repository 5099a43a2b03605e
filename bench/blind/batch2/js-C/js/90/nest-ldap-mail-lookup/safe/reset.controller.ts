import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { AccountLookupService } from './account-lookup.service';

@Controller('password-reset')
export class ResetController {
  constructor(private readonly lookup: AccountLookupService) {}

  @Post()
  @HttpCode(202)
  async request(@Body('email') email: string) {
    await this.lookup.sendResetIfExists(email);
    return { status: 'if the account exists, a mail was sent' };
  }
}
