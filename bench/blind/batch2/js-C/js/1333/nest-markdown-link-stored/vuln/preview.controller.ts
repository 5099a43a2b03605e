import { Controller, Get, Param } from '@nestjs/common';
import { PreviewService } from './preview.service';

@Controller('comments')
export class PreviewController {
  constructor(private readonly previews: PreviewService) {}

  @Get(':id/links')
  links(@Param('id') id: string) {
    return this.previews.linksIn(Number(id));
  }
}
