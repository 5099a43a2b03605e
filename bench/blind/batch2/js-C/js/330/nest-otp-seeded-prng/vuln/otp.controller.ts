import { Body, Controller, Post } from '@nestjs/common';
import { OtpService } from './otp.service';

@Controller('otp')
export class OtpController {
  constructor(private readonly otp: OtpService) {}

  @Post('send')
  async send(@Body('userId') userId: string) {
    await this.otp.issue(userId);
    return { sent: true };
  }
}
