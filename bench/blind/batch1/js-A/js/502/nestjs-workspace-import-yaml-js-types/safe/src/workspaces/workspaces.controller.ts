import { Controller, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { WorkspaceImportService } from './workspace-import.service';

@Controller('workspaces')
export class WorkspacesController {
  constructor(private readonly importer: WorkspaceImportService) {}

  @Post(':id/import')
  @UseInterceptors(FileInterceptor('bundle', { limits: { fileSize: 2 * 1024 * 1024 } }))
  importBundle(@Param('id') id: string, @UploadedFile() file: Express.Multer.File) {
    return this.importer.importYaml(id, file.buffer.toString('utf8'));
  }
}
