import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Project } from './project.entity';
import { CreateProjectDto } from './create-project.dto';

@Injectable()
export class ProjectsService {
  constructor(@InjectRepository(Project) private readonly repo: Repository<Project>) {}

  async slugExists(slug: string): Promise<boolean> {
    return (await this.repo.countBy({ slug })) > 0;
  }

  async create(dto: CreateProjectDto): Promise<Project> {
    const project = this.repo.create({ name: dto.name, slug: dto.slug, description: dto.description ?? null });
    return this.repo.save(project);
  }
}
