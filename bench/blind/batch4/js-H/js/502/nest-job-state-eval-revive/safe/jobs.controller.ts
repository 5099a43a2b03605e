import { Body, Controller, Post } from '@nestjs/common';
import { JobsService } from './jobs.service';

@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post('resume')
  resume(@Body('state') state: string) {
    return this.jobs.resume(state);
  }
}
