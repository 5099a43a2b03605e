import { BadRequestException, Injectable } from '@nestjs/common';

interface JobState { id: string; step: number; options: Record<string, string | number | boolean>; }

@Injectable()
export class JobsService {
  // state was produced by serialize-javascript on the client-side SDK
  deserialize(serialized: string): JobState {
    const v = JSON.parse(serialized);
    if (typeof v !== 'object' || v === null || typeof v.id !== 'string' || !Number.isInteger(v.step)) throw new BadRequestException();
    return { id: v.id, step: v.step, options: typeof v.options === 'object' && v.options ? v.options : {} };
  }

  resume(state: string) {
    const job = this.deserialize(state);
    if (typeof job?.id !== 'string') throw new BadRequestException();
    return { id: job.id, resumedAt: job.step };
  }
}
