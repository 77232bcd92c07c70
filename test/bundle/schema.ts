// Test-only helpers: the Databricks bundle JSON schema (validated with ajv, a devDependency that
// must never be imported from src/) and the lab's own YAML blocks.

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { sharedFile } from '../support/shared';

export const SCHEMA = sharedFile('reference/databricks_bundle_schema.json');
export const LAB = sharedFile('lab/LAB08_lakeflow_jobs.md');
const SCHEMA_PATH = SCHEMA.path;
const LAB_PATH = LAB.path;

export function loadSchema(): object {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
}

// Compiling the ~900 KB schema takes seconds: once per schema object (so once per test file).
const compiled = new WeakMap<object, ValidateFunction>();

export interface BundleValidation {
  valid: boolean;
  errors: ErrorObject[];
  data: unknown;
}

/** Parse YAML text and validate it against the bundle schema. */
export function validateBundle(yamlText: string, schemaJson: object): BundleValidation {
  let validate = compiled.get(schemaJson);
  if (validate === undefined) {
    // strict:false because the schema uses custom keywords (markdownDescription, doNotSuggest, …).
    validate = new Ajv({ strict: false, allErrors: true }).compile(schemaJson);
    compiled.set(schemaJson, validate);
  }
  const data: unknown = parse(yamlText);
  const valid = validate(data);
  return { valid, errors: valid ? [] : [...(validate.errors ?? [])], data };
}

/** The ```yaml blocks of the lab file, in order (orders pipeline first, then customer pipeline). */
export function labYamlBlocks(): string[] {
  const text = readFileSync(LAB_PATH, 'utf8');
  return [...text.matchAll(/```yaml\r?\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

/** Short description of ajv errors for assertion messages. */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.keyword} ${JSON.stringify(e.params)}`).join('\n');
}
