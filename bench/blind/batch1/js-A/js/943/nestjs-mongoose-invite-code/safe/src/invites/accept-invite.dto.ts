import { IsString, Length, Matches } from 'class-validator';

export class AcceptInviteDto {
  @IsString()
  @Matches(/^[a-z0-9-]{3,40}$/)
  workspace: string;

  @IsString()
  @Length(16, 64)
  code: string;
}
