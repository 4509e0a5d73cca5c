import '../translations';
import { Accordion, Badge, Code, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import contract from '@/api/openapi.json';
import { PageHeader } from '@/components/page-header';
import { buildContractIndex, filterTags, type OperationDoc, type SchemaDoc } from '../lib/contract-index';

const METHOD_COLOURS: Record<string, string> = { GET: 'blue', POST: 'teal', PUT: 'orange', PATCH: 'grape', DELETE: 'red' };

function OperationDetails({ operation }: { operation: OperationDoc }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {operation.description ? <Text style={{ whiteSpace: 'pre-wrap' }}>{operation.description}</Text> : null}
      <Text size="sm">
        {t('apiDocs.operationId')}: <Code>{operation.id}</Code>
        {operation.public ? ` · ${t('apiDocs.public')}` : ` · ${t('apiDocs.sessionRequired')}`}
      </Text>
      {operation.parameters.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder>
            <Table.Caption>{t('apiDocs.parameters')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('apiDocs.name')}</Table.Th>
                <Table.Th scope="col">{t('apiDocs.in')}</Table.Th>
                <Table.Th scope="col">{t('apiDocs.type')}</Table.Th>
                <Table.Th scope="col">{t('apiDocs.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {operation.parameters.map((parameter) => (
                <Table.Tr key={`${parameter.location}:${parameter.name}`}>
                  <Table.Td>
                    <Code>{parameter.name}</Code>
                    {parameter.required ? ` (${t('apiDocs.required')})` : ''}
                  </Table.Td>
                  <Table.Td>{parameter.location}</Table.Td>
                  <Table.Td>{parameter.type}</Table.Td>
                  <Table.Td>{parameter.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {operation.requestSchema ? (
        <Text size="sm">
          {t('apiDocs.requestBody')}: <Code>{operation.requestSchema}</Code>
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder>
          <Table.Caption>{t('apiDocs.responses')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('apiDocs.status')}</Table.Th>
              <Table.Th scope="col">{t('apiDocs.description')}</Table.Th>
              <Table.Th scope="col">{t('apiDocs.body')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {operation.responses.map((response) => (
              <Table.Tr key={response.status}>
                <Table.Td>{response.status}</Table.Td>
                <Table.Td>{response.description}</Table.Td>
                <Table.Td>{response.schema ? <Code>{response.schema}</Code> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function SchemaDetails({ schema }: { schema: SchemaDoc }) {
  const { t } = useTranslation();
  if (schema.properties.length === 0) return <Text size="sm">{schema.type}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder>
        <Table.Caption>{t('apiDocs.fieldsOf', { name: schema.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('apiDocs.name')}</Table.Th>
            <Table.Th scope="col">{t('apiDocs.type')}</Table.Th>
            <Table.Th scope="col">{t('apiDocs.description')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schema.properties.map((property) => (
            <Table.Tr key={property.name}>
              <Table.Td>
                <Code>{property.name}</Code>
                {property.required ? ` (${t('apiDocs.required')})` : ''}
              </Table.Td>
              <Table.Td>{property.type}</Table.Td>
              <Table.Td>{property.description}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The REST contract, readable inside the console: every operation and schema, searchable. */
export function ApiReference() {
  const { t } = useTranslation();
  const index = useMemo(() => buildContractIndex(contract), []);
  const [search, setSearch] = useState('');
  // Only opened items render their tables: the contract has ~60 operations and ~150 schemas.
  const [opened, setOpened] = useState<string[]>([]);
  const deferred = useDeferredValue(search);
  const tags = useMemo(() => filterTags(index.tags, deferred), [index, deferred]);
  const needle = deferred.trim().toLowerCase();
  const schemas = needle ? index.schemas.filter((schema) => schema.name.toLowerCase().includes(needle)) : index.schemas;
  const operationCount = index.tags.reduce((sum, tag) => sum + tag.operations.length, 0);

  return (
    <>
      <PageHeader
        title={t('apiDocs.title')}
        description={t('apiDocs.description', { title: index.title, version: index.version, operations: operationCount, schemas: index.schemas.length })}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('apiDocs.conventions')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {index.description}
          </Text>
        </Paper>
        <TextInput
          label={t('apiDocs.search')}
          description={t('apiDocs.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={480}
        />
        {tags.length === 0 ? <Text role="status">{t('apiDocs.noMatch')}</Text> : null}
        {tags.map((tag) => (
          <section key={tag.name} aria-labelledby={`api-tag-${tag.name}`}>
            <Title order={2} size="h3" id={`api-tag-${tag.name}`}>
              {tag.name}
            </Title>
            <Text c="dimmed" mb="xs">
              {tag.description}
            </Text>
            <Accordion variant="separated" chevronPosition="left" multiple value={opened} onChange={setOpened}>
              {tag.operations.map((operation) => (
                <Accordion.Item key={operation.id} value={operation.id}>
                  <Accordion.Control>
                    <Group gap="sm" wrap="nowrap">
                      <Badge color={METHOD_COLOURS[operation.method] ?? 'gray'} variant="filled" w={72} style={{ flexShrink: 0 }}>
                        {operation.method}
                      </Badge>
                      <Code>{operation.path}</Code>
                      <Text size="sm" visibleFrom="sm">
                        {operation.summary}
                      </Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>{opened.includes(operation.id) ? <OperationDetails operation={operation} /> : null}</Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </section>
        ))}
        <section aria-labelledby="api-schemas">
          <Title order={2} size="h3" id="api-schemas" mb="xs">
            {t('apiDocs.schemas')}
          </Title>
          <Accordion variant="separated" chevronPosition="left" multiple value={opened} onChange={setOpened}>
            {schemas.map((schema) => (
              <Accordion.Item key={schema.name} value={`schema:${schema.name}`}>
                <Accordion.Control>
                  <Code>{schema.name}</Code>
                  {schema.description ? (
                    <Text size="sm" c="dimmed" component="span" ml="sm">
                      {schema.description.split('\n')[0]}
                    </Text>
                  ) : null}
                </Accordion.Control>
                <Accordion.Panel>{opened.includes(`schema:${schema.name}`) ? <SchemaDetails schema={schema} /> : null}</Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </section>
      </Stack>
    </>
  );
}
