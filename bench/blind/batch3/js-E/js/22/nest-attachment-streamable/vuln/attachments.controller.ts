import { BadRequestException, Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { AttachmentsService } from './attachments.service';

@Controller('tickets/:ticketId/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get('download')
  download(@Param('ticketId') ticketId: string, @Query('name') name: string) {
    if (!/^\d+$/.test(ticketId) || typeof name !== 'string') throw new BadRequestException();
    return new StreamableFile(this.attachments.open(ticketId, name));
  }
}
