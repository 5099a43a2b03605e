import { Body, Controller, Post } from '@nestjs/common';
import { DeployService } from './deploy.service';

@Controller('deploy')
export class DeployController {
  constructor(private readonly deploy: DeployService) {}

  @Post('preview')
  async preview(@Body() body: { repo: string; branch: string }) {
    return { dir: await this.deploy.checkout(body.repo, body.branch) };
  }
}
