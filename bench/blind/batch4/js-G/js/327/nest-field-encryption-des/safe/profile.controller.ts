import { Body, Controller, Param, Put } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FieldCryptoService } from './crypto.service';
import { Profile } from './profile.entity';

@Controller('profiles')
export class ProfileController {
  constructor(
    private readonly fieldCrypto: FieldCryptoService,
    @InjectRepository(Profile) private readonly profiles: Repository<Profile>,
  ) {}

  @Put(':id/national-id')
  async setNationalId(@Param('id') id: string, @Body('nationalId') nationalId: string) {
    const encrypted = this.fieldCrypto.encrypt(nationalId);
    await this.profiles.update({ id }, { nationalIdEnc: encrypted });
    return { ok: true };
  }
}
