/** Values written into YAML text by hand (init keeps the comments a serializer would drop). Pure. */

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** Plain scalars YAML would read as something other than the string. */
const NOT_A_STRING = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)$/i;

/** A string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  return PLAIN.test(value) && !NOT_A_STRING.test(value) ? value : JSON.stringify(value);
}

/** A flow sequence of strings: `[a, "b c"]`. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`;
}
