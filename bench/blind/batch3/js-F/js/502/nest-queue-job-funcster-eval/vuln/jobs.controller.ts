import { Body, Controller, Post } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bull';
import { Queue } from 'bull';

@Controller('jobs')
export class JobsController {
  constructor(@InjectQueue('exports') private readonly queue: Queue) {}

  @Post()
  async enqueue(@Body('spec') spec: string) {
    const job = await this.queue.add({ spec });
    return { id: job.id };
  }
}
