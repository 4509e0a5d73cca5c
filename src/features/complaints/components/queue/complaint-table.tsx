import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import classes from '@/components/list/list-table.module.css';
import { SortableHeader } from '@/components/list/sortable-header';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { COMPLAINT_SORT_FIELDS, DEFAULT_COMPLAINT_SORT, type ComplaintSortField } from '../../lib/complaint-search-params';
import own from '../complaints.module.css';
import { DeadlineBand } from '../deadline-band';
import { EscalationBadge } from '../escalation-badge';

export interface ComplaintTableProps {
  items: Schemas['ComplaintSummary'][];
  totalItems: number;
  sort: string;
  onSort: (sort: string) => void;
  busy: boolean;
}

export function ComplaintTable({ items, totalItems, sort, onSort, busy }: ComplaintTableProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const header = (field: ComplaintSortField) => (
    <SortableHeader field={field} fields={COMPLAINT_SORT_FIELDS} fallback={DEFAULT_COMPLAINT_SORT} label={t(`complaintQueue.table.${field}`)} sort={sort} onSort={onSort} />
  );
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-busy={busy} className={classes.table} data-busy={busy || undefined}>
        <Table.Caption className={classes.caption}>
          {t('complaintQueue.table.caption', { count: totalItems })}
          {busy ? ` — ${t('complaintQueue.table.updating')}` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('reference')}
            {header('category')}
            {header('status')}
            {header('channel')}
            <Table.Th>{t('complaintQueue.table.person')}</Table.Th>
            {header('receivedOn')}
            {header('responseDueOn')}
            <Table.Th>{t('complaintQueue.table.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} className={item.escalation && item.escalation.closedOn === null ? own.escalatedRow : undefined}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={4} align="flex-start">
                  <Anchor component={Link} to={paths.complaints.detail.build(item.id)} ff="monospace" size="sm" fw={600}>
                    {item.reference}
                  </Anchor>
                  {/* Under the reference, so an escalation is seen without scrolling sideways. */}
                  <EscalationBadge escalation={item.escalation} />
                </Stack>
              </Table.Th>
              <Table.Td>{t(`complaintTerms.category.${item.category}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t(`complaintTerms.status.${item.status}`)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`complaintTerms.channel.${item.channel}`)}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{item.person.maskedName}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {item.person.accountReference}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(item.receivedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={2}>
                  <Text size="sm">{date(item.responseDueOn)}</Text>
                  <DeadlineBand band={item.band} />
                </Stack>
              </Table.Td>
              <Table.Td>
                {item.assignee ? (
                  item.assignee.displayName
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    {t('complaintQueue.table.unassigned')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
