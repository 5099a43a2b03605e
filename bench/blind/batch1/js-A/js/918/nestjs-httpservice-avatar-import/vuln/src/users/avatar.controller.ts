import { Body, Controller, Put, Req } from '@nestjs/common';
import { AvatarService } from './avatar.service';

class ImportAvatarDto {
  imageUrl: string;
}

@Controller('users/me/avatar')
export class AvatarController {
  constructor(private readonly avatars: AvatarService) {}

  @Put('import')
  importFromUrl(@Body() dto: ImportAvatarDto, @Req() req: { user: { id: string } }) {
    return this.avatars.importFromUrl(req.user.id, dto.imageUrl);
  }
}
