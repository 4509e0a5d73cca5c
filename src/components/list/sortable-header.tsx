import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { parseSort } from '@/lib/search-params';
import classes from './list-table.module.css';

export interface SortableHeaderProps<Field extends string> {
  field: Field;
  /** Every sortable field of the table, and the one sorted by when the URL names none. */
  fields: readonly Field[];
  fallback: Field;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
}

/** A column header that sorts the server-side list; `aria-sort` tells screen readers the order. */
export function SortableHeader<Field extends string>({ field, fields, fallback, label, sort, onSort }: SortableHeaderProps<Field>) {
  const current = parseSort(sort, fields, fallback);
  const active = current.field === field;
  const ariaSort = active ? (current.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const Icon = active ? (current.direction === 'asc' ? IconArrowUp : IconArrowDown) : IconArrowsSort;
  return (
    <Table.Th aria-sort={ariaSort} className={classes.th}>
      <UnstyledButton
        className={classes.sort}
        // A second click on the sorted column reverses it; a new column starts ascending.
        onClick={() => onSort(active && current.direction === 'asc' ? `-${field}` : field)}
      >
        <span>{label}</span>
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
