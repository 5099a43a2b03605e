import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThumbnailService } from './thumbnail.service';

@Controller('thumbnails')
export class ThumbnailController {
  constructor(private readonly thumbs: ThumbnailService) {}

  @Post()
  @UseInterceptors(FileInterceptor('image', { dest: '/tmp/uploads' }))
  async create(@UploadedFile() file: Express.Multer.File) {
    const out = await this.thumbs.make(file.path, file.originalname);
    return { thumbnail: out };
  }
}
