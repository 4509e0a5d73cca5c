import { describe, expect, it } from 'vitest';
import contract from '@/api/openapi.json';
import { buildContractIndex, describeType, filterTags } from './contract-index';

describe('contract index', () => {
  const index = buildContractIndex(contract);

  it('lists every operation of the contract under its tag', () => {
    const operations = index.tags.flatMap((tag) => tag.operations);
    const expected = Object.values((contract as { paths: Record<string, Record<string, unknown>> }).paths).reduce(
      (count, item) => count + ['get', 'post', 'put', 'patch', 'delete'].filter((method) => method in item).length,
      0,
    );
    expect(operations).toHaveLength(expected);
    const list = index.tags.find((tag) => tag.name === 'dsars')?.operations.find((operation) => operation.id === 'listDsars');
    expect(list).toMatchObject({ method: 'GET', path: '/dsars' });
    expect(list?.parameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['page', 'pageSize', 'sort', 'status', 'band']));
    expect(list?.responses.find((response) => response.status === '200')?.schema).toBe('DsarList');
    expect(list?.responses.find((response) => response.status === '403')?.schema).toBe('Problem');
  });

  it('marks the sign-in operation as public and resolves shared header parameters', () => {
    const signIn = index.tags.flatMap((tag) => tag.operations).find((operation) => operation.id === 'createSession');
    expect(signIn?.public).toBe(true);
    expect(signIn?.parameters[0]).toMatchObject({ name: 'X-Requested-With', location: 'header', required: true });
  });

  it('describes schemas readably', () => {
    expect(describeType({ type: 'string', format: 'date', maxLength: 10 })).toBe('string (date)');
    expect(describeType({ type: 'array', items: { $ref: '#/components/schemas/DsarStatus' } })).toBe('array of DsarStatus');
    expect(describeType({ type: ['string', 'null'], maxLength: 5 })).toBe('string | null');
    expect(describeType({ type: 'integer', minimum: 1, maximum: 100 })).toBe('integer 1–100');
    const dsar = index.schemas.find((schema) => schema.name === 'Dsar');
    expect(dsar?.properties.find((property) => property.name === 'deadline')).toMatchObject({ type: 'Deadline', required: true });
  });

  it('filters operations by path or summary', () => {
    const found = filterTags(index.tags, 'extension');
    expect(found.flatMap((tag) => tag.operations.map((operation) => operation.id))).toEqual(['extendDsar']);
    expect(filterTags(index.tags, '')).toBe(index.tags);
  });
});
