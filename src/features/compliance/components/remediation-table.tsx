import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import classes from '@/components/list/list-table.module.css';
import { SortableHeader } from '@/components/list/sortable-header';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { ACTION_DEFAULT_SORT, ACTION_SORT_FIELDS } from '../lib/compliance-search-params';
import { ActionStatusControl } from './action-status-control';
import { ActionStatusBadge, OverdueBadge } from './outcome-badge';

interface RemediationTableProps {
  items: Schemas['RemediationAction'][];
  totalItems: number;
  /** Check titles by id, from the catalogue; the key stands in until it loads. */
  checkTitles: ReadonlyMap<string, string>;
  sort?: string;
  onSort?: (sort: string) => void;
  busy?: boolean;
  canWrite: boolean;
  /** On a check's own page the check column says nothing new. */
  showCheck?: boolean;
}

/** Remediation actions with owner, due date and status; open ones past their due date stand out. */
export function RemediationTable({ items, totalItems, checkTitles, sort, onSort, busy = false, canWrite, showCheck = true }: RemediationTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const header = (field: (typeof ACTION_SORT_FIELDS)[number], label: string) =>
    sort && onSort ? <SortableHeader field={field} fields={ACTION_SORT_FIELDS} fallback={ACTION_DEFAULT_SORT} label={label} sort={sort} onSort={onSort} /> : <Table.Th>{label}</Table.Th>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" striped aria-busy={busy} className={classes.table} data-busy={busy || undefined}>
        <Table.Caption className={classes.caption}>{t('complianceChecks.actions.caption', { count: totalItems })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('complianceChecks.actions.title')}</Table.Th>
            {showCheck ? <Table.Th>{t('complianceChecks.actions.check')}</Table.Th> : null}
            <Table.Th>{t('complianceChecks.actions.owner')}</Table.Th>
            {header('dueOn', t('complianceChecks.actions.dueOn'))}
            {header('status', t('complianceChecks.actions.status'))}
            {header('createdAt', t('complianceChecks.actions.createdAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Th scope="row" fw={500}>
                {action.title}
              </Table.Th>
              {showCheck ? (
                <Table.Td>
                  <Anchor component={Link} to={paths.compliance.detail.build(action.checkId)} size="sm">
                    {checkTitles.get(action.checkId) ?? action.checkKey}
                  </Anchor>
                </Table.Td>
              ) : null}
              <Table.Td>{action.owner}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={2} align="flex-start">
                  <Text size="sm" fw={action.overdue ? 700 : undefined}>
                    {f.date(action.dueOn)}
                  </Text>
                  {action.overdue ? <OverdueBadge /> : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {canWrite ? (
                  <ActionStatusControl action={action} label={t('complianceChecks.actions.statusOf', { title: action.title })} />
                ) : (
                  <ActionStatusBadge status={action.status} />
                )}
                {action.closedAt ? (
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('complianceChecks.actions.closedOn', { date: f.date(action.closedAt) })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(action.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
