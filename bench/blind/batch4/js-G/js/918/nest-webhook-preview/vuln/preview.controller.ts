import { Body, Controller, Post } from '@nestjs/common';
import { PreviewService } from './preview.service';

class PreviewDto {
  url!: string;
}

@Controller('previews')
export class PreviewController {
  constructor(private readonly previews: PreviewService) {}

  @Post()
  create(@Body() dto: PreviewDto) {
    return this.previews.fetchPreview(dto.url);
  }
}
