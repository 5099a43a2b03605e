import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateProjectDto {
  @IsString()
  @Length(1, 80)
  name!: string;

  // lowercase words joined by single hyphens, e.g. "billing-service-v2"
  @IsString()
  @Matches(/^([a-z0-9]+-?)*[a-z0-9]$/, { message: 'slug must be lowercase words separated by hyphens' }) // cg-expect: CWE-1333
  slug!: string;

  @IsOptional()
  @IsString()
  @Length(0, 500)
  description?: string;
}
