/**
 * The REST half of the emulator's validator in tests: checks every answer (and every webhook
 * payload) against GitHub's published OpenAPI description, so the emulator cannot drift from
 * the real API unnoticed. Reads only the one generated JSON file
 * (the package's entry point loads every variant, ~400 MB); adapts OpenAPI 3.0 to JSON Schema
 * as DESIGN.md ("Testing against GitHub") lists; compiles operations lazily, once per process.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OperationKey, Validator } from '../../../src/emulator/index.js';
import { type Json, loadSpec, type Obj } from './openapi-subset.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const SPEC_ID = 'gh';

/** REST answers and webhook payloads: the part of the emulator's validator OpenAPI covers. */
export type RestValidator = Pick<Validator, 'check' | 'checkWebhook'>;

const loaded = new Map<string, Promise<RestValidator>>();

/** The checks for these operations and webhook schemas, loaded once per process. */
export function loadRestValidator(ops: OperationKey[], webhooks: string[]): Promise<RestValidator> {
  const key = JSON.stringify([ops, webhooks]);
  if (!loaded.has(key)) loaded.set(key, build(ops, webhooks));
  return loaded.get(key)!;
}

async function build(ops: OperationKey[], webhooks: string[]): Promise<RestValidator> {
  const spec = await loadSpec(ops, webhooks);
  const ajv = new Ajv({ strict: false, validateSchema: false, inlineRefs: false, code: { optimize: false } });
  addFormats(ajv);
  for (const f of ['int64', 'int32', 'double', 'repo.nwo', 'binary', 'uri-template', 'timestamp']) {
    ajv.addFormat(f, true);
  }
  // GitHub's own addresses break RFC 5322 as ajv-formats reads it:
  // 41898282+github-actions[bot]@users.noreply.github.com is in every Actions commit.
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: adapt(spec.components.schemas) } } as object);
  const cache = new Map<string, ValidateFunction | null>();

  function compile(method: string, template: string, status: number): ValidateFunction | null {
    const key = `${method} ${template} ${status}`;
    if (cache.has(key)) return cache.get(key)!;
    const op = spec.paths[template]?.[method.toLowerCase()];
    let response = op?.responses?.[String(status)];
    const ref = response?.$ref;
    if (typeof ref === 'string') response = spec.components.responses[ref.split('/').pop()!];
    const schema = (response?.content as Obj | undefined)?.['application/json'] as Obj | undefined;
    const fn = schema?.schema ? ajv.compile(adapt(schema.schema) as object) : null;
    cache.set(key, fn);
    return fn;
  }

  return {
    checkWebhook(schema, payload) {
      const key = `webhook ${schema}`;
      if (!cache.has(key)) {
        const known = schema in spec.components.schemas;
        cache.set(key, known ? ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${schema}` }) : null);
      }
      const fn = cache.get(key);
      if (!fn) return `no schema ${schema} in the OpenAPI description`;
      return fn(payload) ? undefined : ajv.errorsText(fn.errors, { dataVar: 'payload' });
    },
    check(method, template, status, body) {
      const op = spec.paths[template]?.[method.toLowerCase()];
      if (!op) return `no operation ${method} ${template} in the OpenAPI description`;
      if (status === 204 || status === 304) return body === undefined ? undefined : 'body on a 204/304';
      let fn = compile(method, template, status);
      // Undocumented error statuses (401 on most operations) still have GitHub's basic-error shape.
      if (!fn && status >= 400) fn = basicError(ajv);
      if (!fn) return `status ${status} is not documented for ${method} ${template}`;
      if (fn(body)) return undefined;
      return ajv.errorsText(fn.errors, { dataVar: 'body' });
    },
  };
}

let basic: ValidateFunction | undefined;
function basicError(ajv: Ajv): ValidateFunction {
  basic ??= ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/basic-error` });
  return basic;
}

/**
 * OpenAPI 3.0 → JSON Schema as ajv reads it: `nullable` becomes a union with null, `oneOf`
 * becomes `anyOf` (GitHub's oneOfs overlap), examples and vendor keys go, refs point into the
 * schema registered as `gh`.
 */
export function adapt(node: Json): Json {
  if (Array.isArray(node)) return node.map(adapt);
  if (node === null || typeof node !== 'object') return node;
  const out: Obj = {};
  let nullable = false;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'example' || k === 'examples' || k.startsWith('x-')) continue;
    if (k === 'nullable') {
      nullable = v === true;
      continue;
    }
    if (k === '$ref' && typeof v === 'string') {
      out.$ref = v.startsWith('#/') ? `${SPEC_ID}${v}` : v;
      continue;
    }
    out[k === 'oneOf' ? 'anyOf' : k] =
      k === 'properties' || k === 'patternProperties' ? adaptMap(v) : adapt(v);
  }
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

function adaptMap(v: Json): Json {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, s]) => [k, adapt(s)]));
}
