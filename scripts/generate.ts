// Regenerates the files derived from the source of truth, each checked by a test:
// - schema/*.json from src/policy/schema.ts (for editors);
// - src/policy/reference.generated.ts from phases/ (the reference rollout embedded in the
//   bundle, so `npm start` and `phasegate demo` need no files beside the bundle).
// - src/report/vendor.generated.ts from node_modules/uplot (the charting library the HTML report
//   inlines; scripts/vendor-report.ts).
// - src/policy/holiday-countries.generated.ts from node_modules/date-holidays (the country,
//   state and region codes `holidays.country` is checked against; scripts/holiday-countries.ts).
// - src/init/embedded.generated.ts from .github/workflows, docs/CHECKLIST.md and phases/templates
//   (what `phasegate init` writes into a user's repository; src/init/embedded.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { embeddedModuleText, embeddedPaths, REFERENCE_TEMPLATES_DIR } from '../src/init/embedded.js';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/policy/json-schema.js';
import { referenceModuleText } from '../src/policy/reference.js';
import { writeHolidayCountriesModule } from './holiday-countries.js';
import { writeVendorModule } from './vendor-report.js';

mkdirSync('schema', { recursive: true });
for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  writeFileSync(`schema/${name}`, jsonSchemaText(name));
  console.log(`wrote schema/${name}`);
}
const files: Record<string, string> = {};
// YAML only: phases/templates/ (the Slack templates) is not part of the embedded policy.
const yamlFiles = readdirSync('phases').filter((n) => /\.ya?ml$/.test(n));
for (const name of yamlFiles.sort()) files[name] = readFileSync(`phases/${name}`, 'utf8');
writeFileSync('src/policy/reference.generated.ts', referenceModuleText(files));
console.log('wrote src/policy/reference.generated.ts');
const embedded: Record<string, string> = {};
for (const path of embeddedPaths(readdirSync(REFERENCE_TEMPLATES_DIR)))
  embedded[path] = readFileSync(path, 'utf8');
writeFileSync('src/init/embedded.generated.ts', embeddedModuleText(embedded));
console.log('wrote src/init/embedded.generated.ts');
console.log(`wrote ${writeVendorModule()}`);
console.log(`wrote ${writeHolidayCountriesModule()}`);
