/**
 * `workflow_dispatch` inputs: what the API refuses, and the `inputs` context a run gets. The
 * context holds every declared input, the given value or its default, and "preserves Boolean
 * values as Booleans" where `github.event.inputs` has strings (github/docs
 * data/reusables/actions/inputs-vs-github-event-inputs.md).
 * Refusals: "Unexpected inputs provided: [\"x\"]" is GitHub's 422 message as issues quote it
 * (e.g. peter-evans/slash-command-dispatch#115); the wording of the required-input and choice
 * refusals is from memory, not from a document.
 */
import type { Workflow } from './load.js';

type InputSpec = { type?: string; required?: boolean; default?: unknown; options?: string[] };

function specs(w: Workflow): Record<string, InputSpec> {
  return (w.template.events.workflow_dispatch?.inputs ?? {}) as Record<string, InputSpec>;
}

/** The API's refusal of these inputs for this workflow, if any. */
export function dispatchProblem(w: Workflow, given: Record<string, unknown>): string | undefined {
  if (!w.template.events.workflow_dispatch) return "Workflow does not have 'workflow_dispatch' trigger";
  const declared = specs(w);
  const unexpected = Object.keys(given).filter((k) => !(k in declared));
  if (unexpected.length) return `Unexpected inputs provided: ${JSON.stringify(unexpected)}`;
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name];
    if (spec.required && (value === undefined || value === '') && spec.default === undefined) {
      return `Required input '${name}' not provided`;
    }
    if (spec.type === 'choice' && value !== undefined && !(spec.options ?? []).includes(String(value))) {
      return `Provided value '${value}' for input '${name}' not in the list of allowed values`;
    }
    if (
      spec.type === 'boolean' &&
      value !== undefined &&
      !['true', 'false', true, false].includes(value as never)
    ) {
      return `Provided value '${value}' for input '${name}' is not a boolean`;
    }
  }
  return undefined;
}

/** The `inputs` context of a dispatched run: declared inputs, given or defaulted, booleans typed. */
export function dispatchInputs(w: Workflow, given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs(w))) {
    const raw = given[name] ?? spec.default;
    if (spec.type === 'boolean') out[name] = raw === true || raw === 'true';
    else if (spec.type === 'number') out[name] = raw === undefined || raw === '' ? 0 : Number(raw);
    else out[name] = raw === undefined ? '' : String(raw);
  }
  return out;
}

/** ` with a=1, b=2` for a log line. */
export function dispatchSummary(inputs: unknown): string {
  const entries = Object.entries((inputs ?? {}) as Record<string, unknown>);
  return entries.length ? ` with ${entries.map(([k, v]) => `${k}=${v}`).join(', ')}` : '';
}
