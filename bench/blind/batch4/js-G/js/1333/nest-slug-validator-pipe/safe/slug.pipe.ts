import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value.length > 120 || !SLUG.test(value)) {
      throw new BadRequestException('invalid slug');
    }
    return value;
  }
}
