import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioChips } from '@/components/choice/radio-chips';
import { usePrinting } from '@/hooks/use-printing';
import { buildCsv, downloadCsv, type CsvColumn } from '@/lib/csv';
import classes from './figure-with-table.module.css';

export interface FigureColumn<Row> extends CsvColumn<Row> {
  /** How the cell is shown on screen; the CSV takes `value` as it is. */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

export interface FigureWithTableProps<Row> {
  title: string;
  headingOrder?: 2 | 3 | 4;
  /** What is counted, and over which period: every number on screen is explained. */
  description: ReactNode;
  /** The chart's message in one or two sentences; also the chart's accessible name. */
  summary: string;
  /** The drawing; code-split charts are passed in, so this component stays light. */
  chart: ReactNode;
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** File name of the CSV of the table's numbers, without extension. */
  csvFileName: string;
  /** Extra controls beside the view switch (a breakdown selector, a period). */
  controls?: ReactNode;
}

/**
 * A chart with the same numbers as a table and as CSV: a screen reader or keyboard user gets
 * everything the picture shows, and the summary says the message in words.
 */
export function FigureWithTable<Row>({ title, headingOrder = 2, description, summary, chart, columns, rows, rowKey, csvFileName, controls }: FigureWithTableProps<Row>) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  const printing = usePrinting();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} className={classes.figure}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={headingOrder} size="h4" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          </div>
          <Group gap="xs" wrap="wrap" className={classes.screenOnly}>
            {controls}
            {/* Radio chips, not a segmented control: that one measures the page after each render. */}
            <RadioChips
              label={t('states.figure.view')}
              value={view}
              options={[
                { value: 'chart', label: t('states.figure.chart') },
                { value: 'table', label: t('states.figure.table') },
              ]}
              onChange={setView}
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => downloadCsv(csvFileName, buildCsv(columns, rows))}
              disabled={rows.length === 0}
            >
              {t('states.figure.download')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">{summary}</Text>
        {view === 'chart' ? (
          <div role="img" aria-label={summary}>
            {chart}
          </div>
        ) : (
          <FigureTable title={title} columns={columns} rows={rows} rowKey={rowKey} />
        )}
        {/* The other view too, on paper only (see the CSS module): a printed page cannot switch views. */}
        {printing ? (
          <div className={classes.printOnly} style={{ display: 'none' }}>
            {view === 'chart' ? rows.length > 0 ? <FigureTable title={title} columns={columns} rows={rows} rowKey={rowKey} /> : null : chart}
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

function FigureTable<Row>({ title, columns, rows, rowKey }: Pick<FigureWithTableProps<Row>, 'title' | 'columns' | 'rows' | 'rowKey'>) {
  return (
    // Focusable, so a keyboard user can scroll a table wider (or longer) than its card.
    <Table.ScrollContainer minWidth={480} maxHeight={560} scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': title } }}>
      <Table striped verticalSpacing={4}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} style={column.numeric ? { textAlign: 'right' } : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.header} style={column.numeric ? { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } : undefined}>
                  {column.render ? column.render(row) : column.value(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
