import { BadRequestException, Injectable } from '@nestjs/common';

interface JobState { id: string; step: number; options: Record<string, string | number | boolean>; }

@Injectable()
export class JobsService {
  // state was produced by serialize-javascript on the client-side SDK
  deserialize(serialized: string): JobState {
    return eval('(' + serialized + ')'); // cg-expect: CWE-502, CWE-94
  }

  resume(state: string) {
    const job = this.deserialize(state);
    if (typeof job?.id !== 'string') throw new BadRequestException();
    return { id: job.id, resumedAt: job.step };
  }
}
