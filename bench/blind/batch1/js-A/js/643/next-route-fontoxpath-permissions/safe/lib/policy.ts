import { readFile } from 'node:fs/promises';
import { sync as parseXml } from 'slimdom-sax-parser';
import { evaluateXPathToStrings } from 'fontoxpath';

let policy: ReturnType<typeof parseXml> | undefined;

async function policyDoc() {
  policy ??= parseXml(await readFile(process.cwd() + '/config/policy.xml', 'utf8'));
  return policy;
}

export async function allowedActions(role: string, resource: string): Promise<string[]> {
  const doc = await policyDoc();
  const query = '/policy/role[@name = $role]/grant[@resource = $resource]/@action';
  return evaluateXPathToStrings(query, doc, null, { role, resource });
}
