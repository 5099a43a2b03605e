import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CsvService } from './csv.service';

@Controller('imports')
export class ImportController {
  constructor(private readonly csv: CsvService) {}

  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024 } }))
  upload(@UploadedFile() file: Express.Multer.File) {
    const rows = file.buffer.toString('utf8').split(/\r?\n/).filter(Boolean).map((l) => this.csv.splitLine(l));
    return { rows: rows.length, columns: rows[0]?.length ?? 0 };
  }
}
