import { BadRequestException, Body, Controller, Param, Patch, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ProfilesService } from './profiles.service';
import { applyPatch, PatchOp } from './patch.util';

@Controller('profiles')
@UseGuards(AuthGuard('jwt'))
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Patch(':id')
  async patch(@Param('id') id: string, @Body() ops: PatchOp[]) {
    if (!Array.isArray(ops) || ops.length > 50) throw new BadRequestException('expected a JSON Patch array');
    const profile = await this.profiles.getEditable(id);
    try {
      applyPatch(profile.data, ops);
    } catch (e) {
      throw new BadRequestException((e as Error).message);
    }
    return this.profiles.save(profile);
  }
}
