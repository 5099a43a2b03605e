import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { KycService } from './kyc.service';

@Controller('kyc')
@UseGuards(AuthGuard('jwt'))
export class KycController {
  constructor(private readonly kyc: KycService) {}

  @Post()
  verify(@Body() body: { name: string; dob: string; documentImage: string }) {
    return this.kyc.submit(body);
  }
}
