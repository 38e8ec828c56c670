// Regenerates schema/*.json from src/policy/schema.ts. A test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/policy/json-schema.js';

mkdirSync('schema', { recursive: true });
for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  writeFileSync(`schema/${name}`, jsonSchemaText(name));
  console.log(`wrote schema/${name}`);
}
