/**
 * JSON Schema for editors (yaml-language-server reads the `$schema` comment at the top of each
 * phase file), generated from the zod schema so the two cannot disagree.
 */
import { z } from 'zod';
import { CurrentFile, PhaseFile, RolloutFile } from './schema.js';

export const JSON_SCHEMAS = {
  'rollout.schema.json': RolloutFile,
  'phase.schema.json': PhaseFile,
  'current.schema.json': CurrentFile,
} as const;

export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name], { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: `phasegate ${name.replace('.schema.json', '')} file` }, null, 2)}\n`;
}
