/**
 * Validates a SARIF log against the OASIS SARIF 2.1.0 JSON schema (the copy shipped in the
 * `@microsoft/jest-sarif` package, a draft-04 schema), with the Ajv version that package uses
 * for it. Only the schema and its validator are used, not the Jest matchers.
 */

import * as path from 'path';

type Validate = ((data: unknown) => boolean) & { errors?: { dataPath?: string; instancePath?: string; message?: string }[] | null };

let validate: Validate | undefined;

/** Schema violations of `log`, as `path: message` lines; empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    const dir = path.dirname(require.resolve('@microsoft/jest-sarif/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = require(require.resolve('ajv', { paths: [dir] }));
    const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true });
    ajv.addMetaSchema(require(require.resolve('ajv/lib/refs/json-schema-draft-04.json', { paths: [dir] })));
    validate = ajv.compile(require(path.join(dir, 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'))) as Validate;
  }
  return validate(log) ? [] : (validate.errors ?? []).map(e => `${e.dataPath ?? e.instancePath}: ${e.message}`);
}
