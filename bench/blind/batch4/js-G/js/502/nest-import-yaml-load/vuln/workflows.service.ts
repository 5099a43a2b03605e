import { BadRequestException, Injectable } from '@nestjs/common';
import yaml from 'js-yaml';

interface WorkflowDef {
  name: string;
  steps: Array<{ run: string }>;
}

@Injectable()
export class WorkflowsService {
  importDefinition(text: string): { name: string; stepCount: number } {
    const def = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }) as WorkflowDef; // cg-expect: CWE-502
    if (!def || typeof def.name !== 'string' || !Array.isArray(def.steps)) {
      throw new BadRequestException('invalid workflow');
    }
    return { name: def.name, stepCount: def.steps.length };
  }
}
