import { Controller, Delete, Req } from '@nestjs/common';
import { AvatarService } from './avatar.service';

@Controller('me/avatar')
export class AvatarController {
  constructor(private readonly avatars: AvatarService) {}

  @Delete()
  async remove(@Req() req: { user: { id: number } }) {
    await this.avatars.removeFor(req.user.id);
    return { removed: true };
  }
}
