import { Anchor, Checkbox, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { localeFor } from '@/lib/format';
import { DEFAULT_SORT, SORT_FIELDS, type SortField } from '../../lib/queue-search-params';
import { DaysLeft } from './days-left';
import classes from '@/components/list/list-table.module.css';
import { SortableHeader } from '@/components/list/sortable-header';

export interface QueueTableProps {
  items: Schemas['DsarSummary'][];
  totalItems: number;
  sort: string;
  onSort: (sort: string) => void;
  /** The next page or filter is loading; the current rows stay until it arrives. */
  busy: boolean;
  /** Rows can be ticked for a bulk action (whoever works requests); absent otherwise. */
  selection?: {
    isSelected: (id: string) => boolean;
    onToggle: (item: Schemas['DsarSummary'], selected: boolean) => void;
    onTogglePage: (items: Schemas['DsarSummary'][], selected: boolean) => void;
  };
}

/** Due date with its weekday: whether the deadline falls on a Monday or a Friday matters for planning. */
function useDueDate() {
  const { lang } = useFormatters();
  const formatter = new Intl.DateTimeFormat(localeFor(lang), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return formatter.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
  };
}

export function QueueTable({ items, totalItems, sort, onSort, busy, selection }: QueueTableProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const dueDate = useDueDate();
  const selectedOnPage = selection ? items.filter((item) => selection.isSelected(item.id)).length : 0;
  const header = (field: SortField) => <SortableHeader field={field} fields={SORT_FIELDS} fallback={DEFAULT_SORT} label={t(`dsarQueue.table.${field}`)} sort={sort} onSort={onSort} />;

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-busy={busy} className={classes.table} data-busy={busy || undefined}>
        <Table.Caption className={classes.caption}>
          {t('dsarQueue.table.caption', { count: totalItems })}
          {busy ? ` — ${t('dsarQueue.table.updating')}` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('dsarQueueActions.selectPage')}
                  checked={selectedOnPage > 0 && selectedOnPage === items.length}
                  indeterminate={selectedOnPage > 0 && selectedOnPage < items.length}
                  onChange={(event) => selection.onTogglePage(items, event.currentTarget.checked)}
                />
              </Table.Th>
            ) : null}
            {header('reference')}
            {header('type')}
            {header('status')}
            {header('channel')}
            <Table.Th>{t('dsarQueue.table.person')}</Table.Th>
            {header('plan')}
            {header('receivedAt')}
            {header('dueOn')}
            <Table.Th>{t('dsarQueue.table.daysLeft')}</Table.Th>
            {header('assignee')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-dsar-id={item.id}>
              {selection ? (
                <Table.Td>
                  <Checkbox
                    aria-label={t('dsarQueueActions.selectRow', { reference: item.reference })}
                    checked={selection.isSelected(item.id)}
                    onChange={(event) => selection.onToggle(item, event.currentTarget.checked)}
                  />
                </Table.Td>
              ) : null}
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={paths.dsars.detail.build(item.id)} ff="monospace" size="sm">
                  {item.reference}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`dsarTerms.type.${item.type}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t(`dsarTerms.status.${item.status}`)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`dsarTerms.channel.${item.channel}`)}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{item.person.maskedName}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {item.person.accountReference}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{t(`dsarTerms.plan.${item.plan}`)}</Text>
                  {item.plan === 'business' ? (
                    <Text size="xs" c="dimmed">
                      {t('dsarTerms.planRole.business')}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(item.receivedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={0}>
                  <Text size="sm">{dueDate(item.deadline.dueOn)}</Text>
                  {item.deadline.band !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('dsarQueue.table.internalTarget', { date: dueDate(item.deadline.internalTargetOn) })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <DaysLeft deadline={item.deadline} />
              </Table.Td>
              <Table.Td>
                {item.assignee ? (
                  item.assignee.displayName
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    {t('dsarQueue.table.unassigned')}
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
