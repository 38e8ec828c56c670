/**
 * `phasegate init --example autosave`: the reference rollout of the operating plan (phases/ of
 * this repository, embedded), with its QA checklist moved beside the policy and `since` set to
 * now. Pure.
 */
import { referencePolicyFiles } from '../policy/reference.js';
import { embeddedFile, REFERENCE_CHECKLIST, referenceTemplates } from './embedded.js';
import { yamlScalar } from './yaml-text.js';

export const EXAMPLES = ['autosave'] as const;

export function examplePolicy(s: {
  config: string;
  now: number;
  schemaBase?: string;
}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(referencePolicyFiles())) {
    let out = text.replace(/^(# yaml-language-server: \$schema=)\.\.\/schema\/(.*)\n/m, (_, lead, file) =>
      s.schemaBase ? `${lead}${s.schemaBase}/${file}\n` : '',
    );
    if (name === 'rollout.yaml') {
      out = mustReplace(
        name,
        out,
        /^(\s+checklist: )\S+/m,
        (lead) => `${lead}${yamlScalar(`${s.config}/CHECKLIST.md`)}`,
      );
    }
    if (name === 'current.yaml') {
      out = mustReplace(name, out, /^(since: ).*$/m, (lead) => `${lead}${new Date(s.now).toISOString()}`);
    }
    files[name] = out;
  }
  files['CHECKLIST.md'] = embeddedFile(REFERENCE_CHECKLIST);
  Object.assign(files, referenceTemplates());
  return files;
}

function mustReplace(file: string, text: string, pattern: RegExp, replace: (lead: string) => string): string {
  if (!pattern.test(text))
    throw new Error(`phases/${file}: found no ${pattern} to rewrite (src/init/example.ts)`);
  return text.replace(pattern, (_, lead: string) => replace(lead));
}
