import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import classes from '@/components/list/list-table.module.css';
import { SortableHeader } from '@/components/list/sortable-header';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { CHECK_DEFAULT_SORT, CHECK_SORT_FIELDS } from '../lib/compliance-search-params';
import { OutcomeBadge, OverdueBadge } from './outcome-badge';
import { PromiseQuote } from './promise-quote';

interface ChecksTableProps {
  items: Schemas['ComplianceCheck'][];
  totalItems: number;
  sort: string;
  onSort: (sort: string) => void;
  busy: boolean;
}

const COLUMNS = 7;

/** The catalogue: each row opens to the promise it tests (Dutch, with an English rendering) and how it is performed. */
export function ChecksTable({ items, totalItems, sort, onSort, busy }: ChecksTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const header = (field: (typeof CHECK_SORT_FIELDS)[number], label: string) => (
    <SortableHeader field={field} fields={CHECK_SORT_FIELDS} fallback={CHECK_DEFAULT_SORT} label={label} sort={sort} onSort={onSort} />
  );

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="xs" aria-busy={busy} className={classes.table} data-busy={busy || undefined}>
        <Table.Caption className={classes.caption}>
          {t('complianceChecks.table.caption', { count: totalItems })}
          {busy ? ` — ${t('complianceChecks.table.updating')}` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('key', t('complianceChecks.table.check'))}
            {header('kind', t('complianceChecks.table.kind'))}
            {header('owner', t('complianceChecks.table.owner'))}
            <Table.Th>{t('complianceChecks.table.frequency')}</Table.Th>
            {header('lastOutcome', t('complianceChecks.table.lastOutcome'))}
            {header('nextDueOn', t('complianceChecks.table.nextDueOn'))}
            <Table.Th>{t('complianceChecks.table.remediation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((check) => {
            const expanded = open.has(check.id);
            const detailsId = `check-promise-${check.id}`;
            return (
              <Fragment key={check.id}>
                <Table.Tr>
                  <Table.Th scope="row" fw={400}>
                    <Stack gap={2} align="flex-start">
                      <Anchor component={Link} to={paths.compliance.detail.build(check.id)} fw={600} size="sm">
                        {check.title[f.lang]}
                      </Anchor>
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        leftSection={expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        // Twelve buttons with the same words: the name says whose promise each one opens.
                        aria-label={`${t('complianceChecks.table.promiseToggle')}: ${check.title[f.lang]}`}
                        onClick={() => toggle(check.id)}
                      >
                        {t('complianceChecks.table.promiseToggle')}
                      </Button>
                    </Stack>
                  </Table.Th>
                  <Table.Td>{t(`complianceTerms.kind.${check.kind}`)}</Table.Td>
                  <Table.Td>{check.owner}</Table.Td>
                  <Table.Td>{t(`complianceTerms.frequency.${check.frequency}`)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      <OutcomeBadge outcome={check.lastOutcome} />
                      {check.lastCheckedAt ? (
                        <Text size="xs" c="dimmed">
                          {f.date(check.lastCheckedAt)}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Stack gap={2} align="flex-start">
                      <Text size="sm" fw={check.overdue ? 700 : undefined}>
                        {f.date(check.nextDueOn)}
                      </Text>
                      {check.overdue ? <OverdueBadge /> : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {check.openRemediationCount > 0 ? (
                      <Anchor component={Link} to={`${paths.compliance.build()}?view=remediation&checkId=${check.id}&status=open&status=in_progress`} size="sm">
                        {t('complianceChecks.table.openActions', { count: check.openRemediationCount })}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('complianceChecks.table.noOpenActions')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={COLUMNS}>
                      <Group align="flex-start" gap="xl" wrap="wrap" py="xs">
                        <Stack gap={4} style={{ flex: '2 1 420px' }}>
                          <Text size="sm" fw={600}>
                            {t('complianceChecks.table.promise')}
                          </Text>
                          <PromiseQuote promise={check.promise} compact />
                        </Stack>
                        <Stack gap={4} style={{ flex: '1 1 280px' }}>
                          <Text size="sm" fw={600}>
                            {t('complianceChecks.table.method')}
                          </Text>
                          <Text size="sm">{check.method[f.lang]}</Text>
                        </Stack>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
