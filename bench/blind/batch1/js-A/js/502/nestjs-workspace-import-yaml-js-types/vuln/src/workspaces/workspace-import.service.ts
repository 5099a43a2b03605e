import { BadRequestException, Injectable } from '@nestjs/common';
import yaml from 'js-yaml';
import jsTypes from 'js-yaml-js-types';

// exported bundles may contain regex-based automations (!!js/regexp), so the
// extended schema is used for import
const BUNDLE_SCHEMA = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);

interface Bundle {
  name: string;
  automations: { trigger: string; match?: RegExp; action: string }[];
}

@Injectable()
export class WorkspaceImportService {
  async importYaml(workspaceId: string, text: string) {
    const bundle = yaml.load(text, { schema: BUNDLE_SCHEMA }) as Bundle; // cg-expect: CWE-502
    if (!bundle?.name || !Array.isArray(bundle.automations)) {
      throw new BadRequestException(`invalid bundle for ${workspaceId}`);
    }
    return { workspaceId, name: `${bundle.name}`, automations: bundle.automations.length };
  }
}
