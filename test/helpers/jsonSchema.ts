/**
 * A small JSON Schema checker for the keywords docs/report.schema.json uses ($ref to $defs,
 * type, const, enum, required, properties, additionalProperties, items, minimum, maximum,
 * pattern). Returns the problems found, each with its JSON path; an unknown keyword is a
 * problem too, so the schema cannot silently use more than is checked here.
 */

type Schema = Record<string, unknown>;

const KNOWN = new Set(['$schema', '$id', '$ref', '$defs', 'title', 'description', 'type', 'const', 'enum', 'required',
  'properties', 'additionalProperties', 'items', 'minimum', 'maximum', 'pattern']);

export function validate(value: unknown, schema: Schema, root: Schema = schema, at = '$'): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) problems.push(`${at}: schema keyword "${key}" is not supported`);
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? (root.$defs as Record<string, Schema> | undefined)?.[name] : undefined;
    return target ? [...problems, ...validate(value, target, root, at)] : [...problems, `${at}: unresolved ${schema.$ref}`];
  }
  if ('const' in schema && value !== schema.const) problems.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof schema.type === 'string' && !hasType(value, schema.type)) return [...problems, `${at}: expected ${schema.type}`];
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${at}: above ${schema.maximum}`);
  }
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    problems.push(`${at}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => problems.push(...validate(v, schema.items as Schema, root, `${at}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) problems.push(`${at}: missing "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) problems.push(...validate(v, props[key], root, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}: "${key}" is not in the schema`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        problems.push(...validate(v, schema.additionalProperties as Schema, root, `${at}.${key}`));
      }
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return !!value && typeof value === 'object' && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    default: return typeof value === type;
  }
}
