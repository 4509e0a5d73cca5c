import { Checkbox, Table } from '@mantine/core';
import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { localeFor } from '@/lib/format';
import { DEFAULT_SORT, DSAR_CHANNELS, DSAR_PLANS, DSAR_STATUSES, DSAR_TYPES, SORT_FIELDS, type SortField } from '../../lib/queue-search-params';
import { DaysLeft } from './days-left';
import listClasses from '@/components/list/list-table.module.css';
import classes from './queue-table.module.css';
import { SortableHeader } from '@/components/list/sortable-header';

type Summary = Schemas['DsarSummary'];

export interface QueueTableProps {
  items: Summary[];
  totalItems: number;
  sort: string;
  onSort: (sort: string) => void;
  /** The next page or filter is loading; the current rows stay until it arrives. */
  busy: boolean;
  /** Rows can be ticked for a bulk action (whoever works requests); absent otherwise. */
  selection?: {
    isSelected: (id: string) => boolean;
    onToggle: (item: Summary, selected: boolean) => void;
    onTogglePage: (items: Summary[], selected: boolean) => void;
  };
}

/** Every word a row shows, looked up once per language instead of once per cell. */
interface RowText {
  type: Record<Summary['type'], string>;
  status: Record<Summary['status'], string>;
  channel: Record<Summary['channel'], string>;
  plan: Record<Summary['plan'], string>;
  processor: string;
  unassigned: string;
  select: (reference: string) => string;
  target: (date: string) => string;
  /** Due date with its weekday: whether the deadline falls on a Monday or a Friday matters for planning. */
  day: (day: string) => string;
  received: (instant: string) => string;
}

function useRowText(): RowText {
  const { t } = useTranslation();
  const { lang, date } = useFormatters();
  return useMemo(() => {
    const labels = <K extends string>(values: readonly K[], prefix: string) => Object.fromEntries(values.map((value) => [value, t(`${prefix}.${value}`)])) as Record<K, string>;
    const weekday = new Intl.DateTimeFormat(localeFor(lang), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const day = (value: string) => {
      const [y, m, d] = value.split('-').map(Number);
      return weekday.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
    };
    return {
      type: labels(DSAR_TYPES, 'dsarTerms.type'),
      status: labels(DSAR_STATUSES, 'dsarTerms.status'),
      channel: labels(DSAR_CHANNELS, 'dsarTerms.channel'),
      plan: labels(DSAR_PLANS, 'dsarTerms.plan'),
      processor: t('dsarTerms.planRole.business'),
      unassigned: t('dsarQueue.table.unassigned'),
      select: (reference) => t('dsarQueueActions.selectRow', { reference }),
      target: (value) => t('dsarQueue.table.internalTarget', { date: day(value) }),
      day,
      received: (instant) => date(instant),
    };
  }, [t, lang, date]);
}

interface QueueRowProps {
  item: Summary;
  text: RowText;
  selectable: boolean;
  selected: boolean;
  onToggle?: (item: Summary, selected: boolean) => void;
}

/**
 * One request. Plain elements inside the cells (a page flip re-renders every row; the benchmark
 * holds it to 150 ms), memoised so ticking one row re-renders only that row.
 */
const QueueRow = memo(function QueueRow({ item, text, selectable, selected, onToggle }: QueueRowProps) {
  return (
    <Table.Tr data-dsar-id={item.id}>
      {selectable ? (
        <Table.Td>
          <input type="checkbox" className={classes.check} aria-label={text.select(item.reference)} checked={selected} onChange={(event) => onToggle?.(item, event.currentTarget.checked)} />
        </Table.Td>
      ) : null}
      <Table.Th scope="row" className={classes.nowrap}>
        <Link to={paths.dsars.detail.build(item.id)} className={classes.link}>
          {item.reference}
        </Link>
      </Table.Th>
      <Table.Td>{text.type[item.type]}</Table.Td>
      <Table.Td className={classes.status}>{text.status[item.status]}</Table.Td>
      <Table.Td>{text.channel[item.channel]}</Table.Td>
      <Table.Td>
        <span className={classes.stack}>
          <span>{item.person.maskedName}</span>
          <span className={`${classes.sub} ${classes.mono} ${classes.nowrap}`}>{item.person.accountReference}</span>
        </span>
      </Table.Td>
      <Table.Td>
        <span className={classes.stack}>
          <span>{text.plan[item.plan]}</span>
          {item.plan === 'business' ? <span className={classes.sub}>{text.processor}</span> : null}
        </span>
      </Table.Td>
      <Table.Td className={classes.nowrap}>{text.received(item.receivedAt)}</Table.Td>
      <Table.Td className={classes.nowrap}>
        <span className={classes.stack}>
          <span>{text.day(item.deadline.dueOn)}</span>
          {item.deadline.band !== null ? <span className={classes.sub}>{text.target(item.deadline.internalTargetOn)}</span> : null}
        </span>
      </Table.Td>
      <Table.Td>
        <DaysLeft deadline={item.deadline} />
      </Table.Td>
      <Table.Td>{item.assignee ? item.assignee.displayName : <span className={classes.unassigned}>{text.unassigned}</span>}</Table.Td>
    </Table.Tr>
  );
});

export function QueueTable({ items, totalItems, sort, onSort, busy, selection }: QueueTableProps) {
  const { t } = useTranslation();
  const text = useRowText();
  const selectedOnPage = selection ? items.filter((item) => selection.isSelected(item.id)).length : 0;
  const header = (field: SortField) => <SortableHeader field={field} fields={SORT_FIELDS} fallback={DEFAULT_SORT} label={t(`dsarQueue.table.${field}`)} sort={sort} onSort={onSort} />;

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm" aria-busy={busy} className={listClasses.table} data-busy={busy || undefined}>
        <Table.Caption className={listClasses.caption}>
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
            <QueueRow key={item.id} item={item} text={text} selectable={Boolean(selection)} selected={selection?.isSelected(item.id) ?? false} onToggle={selection?.onToggle} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
