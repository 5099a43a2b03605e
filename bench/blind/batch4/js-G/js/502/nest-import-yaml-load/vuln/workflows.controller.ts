import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { WorkflowsService } from './workflows.service';

@Controller('workflows')
export class WorkflowsController {
  constructor(private readonly workflows: WorkflowsService) {}

  @Post('import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 256 * 1024 } }))
  import(@UploadedFile() file: Express.Multer.File) {
    return this.workflows.importDefinition(file.buffer.toString('utf8'));
  }
}
