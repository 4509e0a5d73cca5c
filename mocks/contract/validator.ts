import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import contract from '../../src/api/openapi.json';

/**
 * Validation against the contract itself, so the mock API refuses what the real server must
 * refuse and the tests' contract guard checks responses with the very same schemas.
 */

export type HttpMethodName = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface SchemaRef {
  $ref?: string;
  [key: string]: unknown;
}
interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: SchemaRef;
}
interface MediaObject {
  schema?: SchemaRef;
}
interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | SchemaRef>;
  requestBody?: { required?: boolean; content: Record<string, MediaObject> };
  responses: Record<string, SchemaRef & { content?: Record<string, MediaObject> }>;
}
type PathItem = Partial<Record<HttpMethodName, OperationObject>> & { parameters?: Array<ParameterObject | SchemaRef> };

interface ContractDocument {
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, unknown>;
    parameters: Record<string, ParameterObject>;
    responses: Record<string, { content?: Record<string, MediaObject> }>;
  };
}

const doc = contract as unknown as ContractDocument;

// Not checked against JSON Schema's meta-schema here: `npm run lint:api` checks the contract, and
// compiling the meta-schema was a third of the mock API's start-up task in the browser demo.
const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: false, validateSchema: false });
// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (instance: Ajv2020) => Ajv2020;
addFormats(ajv);
ajv.addFormat('password', true);
ajv.addSchema({ $id: 'contract', components: { schemas: doc.components.schemas } });

const compiled = new Map<string, ValidateFunction>();

function compile(key: string, schema: SchemaRef): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"contract#/components/')) as object;
    validate = ajv.compile(rewritten);
    compiled.set(key, validate);
  }
  return validate;
}

function resolveParameter(parameter: ParameterObject | SchemaRef): ParameterObject {
  const ref = (parameter as SchemaRef).$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? '';
    const resolved = doc.components.parameters[name];
    if (!resolved) throw new Error(`Unknown parameter ${ref}`);
    return resolved;
  }
  return parameter as ParameterObject;
}

export function operationFor(method: HttpMethodName, pathTemplate: string): { operation: OperationObject; parameters: ParameterObject[] } {
  const item = doc.paths[pathTemplate];
  const operation = item?.[method];
  if (!item || !operation) throw new Error(`The contract has no ${method.toUpperCase()} ${pathTemplate}`);
  const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolveParameter);
  return { operation, parameters };
}

/** Every `METHOD path` the contract declares, for coverage checks. */
export function allOperations(): Array<{ method: HttpMethodName; path: string; operationId: string }> {
  const result: Array<{ method: HttpMethodName; path: string; operationId: string }> = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation) result.push({ method, path, operationId: operation.operationId });
    }
  }
  return result;
}

export interface ValidationIssue {
  pointer: string;
  code: string;
  detail: string;
}

const CODE_BY_KEYWORD: Record<string, string> = {
  required: 'required',
  maxLength: 'too_long',
  minLength: 'too_short',
  maxItems: 'too_many',
  minItems: 'too_few',
  maximum: 'out_of_range',
  minimum: 'out_of_range',
  format: 'invalid_format',
  pattern: 'invalid_format',
  enum: 'not_allowed',
  const: 'not_allowed',
  additionalProperties: 'unknown_field',
  type: 'wrong_type',
  uniqueItems: 'duplicate',
  minProperties: 'required',
  maxProperties: 'too_many',
};

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `${String(error.params.missingProperty)} is required`;
    case 'additionalProperties':
      return `${String(error.params.additionalProperty)} is not a known field`;
    case 'enum':
      return `must be one of: ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

export function toIssues(errors: ErrorObject[] | null | undefined, prefix = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // oneOf with a null branch reports the branch failures too; the concrete one is enough.
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    let pointer = prefix + error.instancePath;
    if (error.keyword === 'required') pointer += `/${String(error.params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') pointer += `/${String(error.params.additionalProperty)}`;
    if (error.keyword === 'type' && errors?.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword !== 'type')) continue;
    const key = `${pointer}|${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer: pointer || '/', code: CODE_BY_KEYWORD[error.keyword] ?? 'invalid', detail: describe(error) });
  }
  return issues;
}

function schemaTypeOf(schema: SchemaRef): string | undefined {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return schemaTypeOf((doc.components.schemas[name] ?? {}) as SchemaRef);
  }
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  return type as string | undefined;
}

function coerce(value: string, schema: SchemaRef): unknown {
  const type = schemaTypeOf(schema);
  if (type === 'integer' || type === 'number') return value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** Query parameters coerced to their schema types, or the issues (pointer `/query/<name>`). */
export function validateQuery(
  method: HttpMethodName,
  pathTemplate: string,
  searchParams: URLSearchParams,
): { value: Record<string, unknown>; issues: ValidationIssue[] } {
  const { parameters } = operationFor(method, pathTemplate);
  const declared = parameters.filter((parameter) => parameter.in === 'query');
  const issues: ValidationIssue[] = [];
  const value: Record<string, unknown> = {};
  for (const name of new Set(searchParams.keys())) {
    if (!declared.some((parameter) => parameter.name === name)) {
      issues.push({ pointer: `/query/${name}`, code: 'unknown_parameter', detail: `${name} is not a parameter of this list` });
    }
  }
  for (const parameter of declared) {
    const raw = searchParams.getAll(parameter.name);
    if (raw.length === 0) {
      if (parameter.required) issues.push({ pointer: `/query/${parameter.name}`, code: 'required', detail: `${parameter.name} is required` });
      continue;
    }
    const isArray = schemaTypeOf(parameter.schema) === 'array';
    const itemSchema = (isArray ? (parameter.schema.items as SchemaRef) : parameter.schema) ?? {};
    const coerced = isArray ? raw.map((item) => coerce(item, itemSchema)) : coerce(raw[0] ?? '', parameter.schema);
    if (!isArray && raw.length > 1) {
      issues.push({ pointer: `/query/${parameter.name}`, code: 'too_many', detail: `${parameter.name} may be given once` });
      continue;
    }
    const validate = compile(`query:${method}:${pathTemplate}:${parameter.name}`, parameter.schema);
    if (!validate(coerced)) issues.push(...toIssues(validate.errors, `/query/${parameter.name}`));
    else value[parameter.name] = coerced;
  }
  return { value, issues };
}

/** The request body against the operation's schema for its content type. */
export function validateBody(method: HttpMethodName, pathTemplate: string, body: unknown): ValidationIssue[] {
  const { operation } = operationFor(method, pathTemplate);
  const content = operation.requestBody?.content;
  if (!content) return [];
  const media = Object.values(content)[0];
  if (!media?.schema) return [];
  const validate = compile(`body:${method}:${pathTemplate}`, media.schema);
  return validate(body) ? [] : toIssues(validate.errors);
}

export function headerParameters(method: HttpMethodName, pathTemplate: string): ParameterObject[] {
  return operationFor(method, pathTemplate).parameters.filter((parameter) => parameter.in === 'header');
}

export function pathParameters(method: HttpMethodName, pathTemplate: string): ParameterObject[] {
  return operationFor(method, pathTemplate).parameters.filter((parameter) => parameter.in === 'path');
}

export function validateValue(key: string, schema: SchemaRef, value: unknown, prefix: string): ValidationIssue[] {
  const validate = compile(key, schema);
  return validate(value) ? [] : toIssues(validate.errors, prefix);
}

/**
 * A response against the contract: the status must be declared for the operation and the body
 * must match its schema. Returns a list of human-readable problems (empty when it conforms).
 */
export function validateResponse(method: HttpMethodName, pathTemplate: string, status: number, contentType: string | null, body: unknown): string[] {
  const { operation } = operationFor(method, pathTemplate);
  let declared = operation.responses[String(status)];
  if (!declared) return [`status ${status} is not declared for ${method.toUpperCase()} ${pathTemplate}`];
  if (typeof declared.$ref === 'string') {
    const name = declared.$ref.split('/').pop() ?? '';
    declared = doc.components.responses[name] ?? {};
  }
  const content = declared.content;
  if (!content) return body === null || body === undefined || body === '' ? [] : [`status ${status} declares no body but one was sent`];
  const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
  const media = content[mediaType];
  if (!media) return [`content type "${mediaType}" is not declared for status ${status} (declared: ${Object.keys(content).join(', ')})`];
  if (!media.schema) return [];
  const validate = compile(`response:${method}:${pathTemplate}:${status}:${mediaType}`, media.schema);
  if (validate(body)) return [];
  return toIssues(validate.errors).map((issue) => `${issue.pointer}: ${issue.detail}`);
}
