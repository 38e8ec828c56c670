/**
 * JSON Schema for editors (yaml-language-server reads the `$schema` comment at the top of each
 * phase file), generated from the zod schema so the two cannot disagree; and the canonical event
 * line's (event-line.ts), for validators of event exports.
 */
import { z } from 'zod';
import { EventLine } from './event-line.js';
import { CurrentFile, PhaseFile, RolloutFile } from './schema.js';

export const JSON_SCHEMAS = {
  'rollout.schema.json': RolloutFile,
  'phase.schema.json': PhaseFile,
  'current.schema.json': CurrentFile,
  'event.schema.json': EventLine,
} as const;

const TITLES: Record<keyof typeof JSON_SCHEMAS, string> = {
  'rollout.schema.json': 'phasegate rollout file',
  'phase.schema.json': 'phasegate phase file',
  'current.schema.json': 'phasegate current file',
  'event.schema.json': 'phasegate event line (the canonical shape; docs/events.md)',
};

export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name], { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: TITLES[name] }, null, 2)}\n`;
}
