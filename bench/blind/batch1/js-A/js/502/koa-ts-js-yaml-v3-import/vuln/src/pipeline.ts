import yaml from 'js-yaml';

export interface Stage {
  name: string;
  script: string[];
}

export interface Pipeline {
  stages: Stage[];
}

export function parsePipeline(text: string): Pipeline {
  const doc = yaml.load(text) as Pipeline; // cg-expect: CWE-502
  if (!doc || !Array.isArray(doc.stages)) {
    throw new Error('pipeline must define stages');
  }
  return doc;
}
