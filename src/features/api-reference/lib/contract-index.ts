/**
 * Turns the OpenAPI document into what a reader of the reference needs: operations grouped by
 * tag, parameters resolved, schemas named. Pure, so it is tested without rendering.
 */
type Json = Record<string, unknown>;

export interface ParameterDoc {
  name: string;
  location: string;
  required: boolean;
  type: string;
  description: string;
}

export interface ResponseDoc {
  status: string;
  description: string;
  schema: string | null;
}

export interface OperationDoc {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: ParameterDoc[];
  requestSchema: string | null;
  responses: ResponseDoc[];
  public: boolean;
}

export interface TagDoc {
  name: string;
  description: string;
  operations: OperationDoc[];
}

export interface PropertyDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface SchemaDoc {
  name: string;
  description: string;
  type: string;
  properties: PropertyDoc[];
}

export interface ContractIndex {
  title: string;
  version: string;
  description: string;
  tags: TagDoc[];
  schemas: SchemaDoc[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function refName(ref: unknown): string | null {
  return typeof ref === 'string' ? (ref.split('/').pop() ?? null) : null;
}

/** A short human reading of a schema: `string (date)`, `Dsar`, `array of DsarStatus`, `1–100`. */
export function describeType(schemaValue: unknown): string {
  const schema = asObject(schemaValue);
  const ref = refName(schema.$ref);
  if (ref) return ref;
  if (Array.isArray(schema.oneOf)) return schema.oneOf.map(describeType).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];
  const main = types.filter((type) => type !== 'null');
  let result = main.join(' | ') || 'object';
  if (main.includes('array')) result = `array of ${describeType(schema.items)}`;
  if (typeof schema.format === 'string') result += ` (${schema.format})`;
  if (Array.isArray(schema.enum)) result += `: ${schema.enum.filter((value) => value !== null).map(String).join(', ')}`;
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') result += ` ${schema.minimum}–${schema.maximum}`;
  if (types.includes('null')) result += ' | null';
  return result;
}

export function buildContractIndex(document: unknown): ContractIndex {
  const doc = asObject(document);
  const info = asObject(doc.info);
  const components = asObject(doc.components);
  const sharedParameters = asObject(components.parameters);
  const sharedResponses = asObject(components.responses);
  const tagList = Array.isArray(doc.tags) ? doc.tags.map(asObject) : [];
  const tags: TagDoc[] = tagList.map((tag) => ({ name: text(tag.name), description: text(tag.description), operations: [] }));

  for (const [path, itemValue] of Object.entries(asObject(doc.paths))) {
    const item = asObject(itemValue);
    const shared: unknown[] = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      if (!item[method]) continue;
      const operation = asObject(item[method]);
      const own: unknown[] = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = [...shared, ...own].map((raw) => {
        const parameter = asObject(refName(asObject(raw).$ref) ? sharedParameters[refName(asObject(raw).$ref) ?? ''] : raw);
        return {
          name: text(parameter.name),
          location: text(parameter.in),
          required: parameter.required === true,
          type: describeType(parameter.schema),
          description: text(parameter.description),
        };
      });
      const requestContent = asObject(asObject(operation.requestBody).content);
      const requestMedia = asObject(Object.values(requestContent)[0]);
      const responses = Object.entries(asObject(operation.responses)).map(([status, raw]) => {
        const response = asObject(refName(asObject(raw).$ref) ? sharedResponses[refName(asObject(raw).$ref) ?? ''] : raw);
        const media = asObject(Object.values(asObject(response.content))[0]);
        return { status, description: text(response.description), schema: media.schema ? describeType(media.schema) : null };
      });
      const doc: OperationDoc = {
        id: text(operation.operationId),
        method: method.toUpperCase(),
        path,
        summary: text(operation.summary),
        description: text(operation.description),
        parameters,
        requestSchema: requestMedia.schema ? describeType(requestMedia.schema) : null,
        responses,
        public: Array.isArray(operation.security) && operation.security.length === 0,
      };
      const tagName = Array.isArray(operation.tags) ? String(operation.tags[0]) : 'other';
      let tag = tags.find((candidate) => candidate.name === tagName);
      if (!tag) {
        tag = { name: tagName, description: '', operations: [] };
        tags.push(tag);
      }
      tag.operations.push(doc);
    }
  }

  const schemas = Object.entries(asObject(components.schemas)).map(([name, raw]) => {
    const schema = asObject(raw);
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    return {
      name,
      description: text(schema.description),
      type: describeType(schema),
      properties: Object.entries(asObject(schema.properties)).map(([property, value]) => ({
        name: property,
        type: describeType(value),
        required: required.has(property),
        description: text(asObject(value).description),
      })),
    };
  });

  return {
    title: text(info.title),
    version: text(info.version),
    description: text(info.description),
    tags: tags.filter((tag) => tag.operations.length > 0),
    schemas,
  };
}

/** Operations whose path, summary, id or method contain the search text. */
export function filterTags(tags: TagDoc[], search: string): TagDoc[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return tags;
  return tags
    .map((tag) => ({
      ...tag,
      operations: tag.operations.filter((operation) =>
        [operation.path, operation.summary, operation.id, operation.method].some((value) => value.toLowerCase().includes(needle)),
      ),
    }))
    .filter((tag) => tag.operations.length > 0);
}
