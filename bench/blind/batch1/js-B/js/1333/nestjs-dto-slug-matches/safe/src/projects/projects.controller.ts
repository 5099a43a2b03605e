import { Body, ConflictException, Controller, Post, UsePipes, ValidationPipe } from '@nestjs/common';
import { CreateProjectDto } from './create-project.dto';
import { ProjectsService } from './projects.service';

@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }))
  async create(@Body() dto: CreateProjectDto) {
    if (await this.projects.slugExists(dto.slug)) throw new ConflictException('slug already in use');
    return this.projects.create(dto);
  }
}
