import { Process, Processor } from '@nestjs/bull';
import { Job } from 'bull';
import * as serialize from 'node-serialize';

@Processor('exports')
export class ExportProcessor {
  @Process()
  async handle(job: Job<{ spec: string }>) {
    const spec = serialize.unserialize(job.data.spec); // cg-expect: CWE-502
    return { table: String(spec.table), columns: Array.isArray(spec.columns) ? spec.columns.map(String) : [] };
  }
}
