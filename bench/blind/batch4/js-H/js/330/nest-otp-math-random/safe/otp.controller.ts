import { Body, Controller, Post } from '@nestjs/common';
import { OtpService } from './otp.service';

@Controller('otp')
export class OtpController {
  constructor(private readonly otp: OtpService) {}
  @Post('send')
  send(@Body() b: { userId: string; phone: string }) { return this.otp.send(b.userId, b.phone); }
}
