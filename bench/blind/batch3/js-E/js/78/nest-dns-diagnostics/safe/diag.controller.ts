import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { DiagService } from './diag.service';

class LookupDto {
  host!: string;
}

@Controller('diag')
export class DiagController {
  constructor(private readonly diag: DiagService) {}

  @Post('lookup')
  lookup(@Body() dto: LookupDto) {
    if (!this.diag.isHostname(dto.host)) throw new BadRequestException('invalid host');
    return { output: this.diag.lookup(dto.host) };
  }
}
