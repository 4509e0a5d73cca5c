import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { FigureWithTable, type FigureColumn } from '@/components/figure/figure-with-table';
import { useFormatters } from '@/hooks/use-formatters';
import { periodLabel } from '../lib/periods';
import { BarsChart } from './bars-chart';
import classes from './report.module.css';

type Report = Schemas['ComplianceReport'];

export interface FrozenInfo {
  frozenAt: string;
  frozenBy: string;
  note: string | null | undefined;
}

// Colours of the theme that keep AA contrast against both schemes' card backgrounds.
const BLUE = 'var(--mantine-color-blue-6)';
const GREY = 'var(--mantine-color-gray-5)';
const TEAL = 'var(--mantine-color-teal-6)';
const RED = 'var(--mantine-color-red-7)';

function KeyFigure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className={classes.keyFigure}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2}>
        {value}
      </Text>
      {note ? <Text size="xs">{note}</Text> : null}
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {children}
      </Stack>
    </section>
  );
}

interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** A breakdown of counts as bars with their table; an empty breakdown says so instead of drawing nothing. */
function CountFigure({ title, description, rows, csvFileName, emptyText, countHeader, horizontal = false }: { title: string; description: string; rows: CountRow[]; csvFileName: string; emptyText: string; countHeader: string; horizontal?: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const largest = rows.reduce<CountRow | null>((best, row) => (best === null || row.count > best.count ? row : best), null);
  const columns: FigureColumn<CountRow>[] = [
    { header: t('reportsReport.table.category'), value: (row) => row.label },
    { header: countHeader, value: (row) => row.count, render: (row) => f.number(row.count), numeric: true },
  ];
  return (
    <FigureWithTable
      title={title}
      headingOrder={3}
      description={description}
      summary={total === 0 || !largest ? emptyText : t('reportsReport.countSummary', { total: f.number(total), largest: largest.label, count: f.number(largest.count) })}
      chart={total === 0 ? <Text size="sm">{emptyText}</Text> : <BarsChart data={rows.map((row) => ({ label: row.label, count: row.count }))} series={[{ key: 'count', name: countHeader, color: BLUE }]} format={(value) => f.number(value)} horizontal={horizontal} />}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.key}
      csvFileName={csvFileName}
    />
  );
}

/**
 * The management compliance report: aggregates only, never a person's name. The same document
 * shows a report computed now and a frozen one exactly as it was stored.
 */
export function ReportDocument({ report, frozen }: { report: Report; frozen?: FrozenInfo }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const period = periodLabel(report.period.key, f.lang);
  const file = (name: string) => `compliance-report-${report.period.key}-${name}${frozen ? '-frozen' : ''}`;
  const pct = (ratio: number | null) => (ratio === null ? t('reportsReport.notApplicable') : f.percent(ratio, 1));
  const d = report.dsars;
  const checks = report.checks;
  const consentRows = report.consent.map((row) => ({
    key: row.purpose,
    label: t(`reportsTerms.purpose.${row.purpose}`),
    asked: row.asked,
    granted: row.granted,
    rate: row.consentRate,
    previous: row.previousConsentRate,
    change: row.consentRate !== null && row.previousConsentRate !== null ? row.consentRate - row.previousConsentRate : null,
  }));
  const biggestMove = consentRows.filter((row) => row.change !== null).sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))[0];
  const points = (change: number | null) => (change === null ? t('reportsReport.notApplicable') : t('reportsReport.points', { value: `${change > 0 ? '+' : change < 0 ? '−' : ''}${f.number(Math.abs(change * 100), { maximumFractionDigits: 1 })}` }));

  return (
    <Stack gap="xl" className={classes.document}>
      <div className={classes.printHeader}>
        <Text size="sm">{t('reportsReport.printCompany', { period })}</Text>
      </div>
      <Stack gap={4}>
        <Text size="sm">
          {t('reportsReport.covers', { from: f.date(report.period.from), to: f.date(report.period.to), generated: f.dateTime(report.generatedAt) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('reportsReport.aggregatesOnly')}
        </Text>
      </Stack>
      {frozen ? (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title={t('reportsReport.frozen.title', { date: f.dateTime(frozen.frozenAt), by: frozen.frozenBy })}>
          <Text size="sm">{t('reportsReport.frozen.body')}</Text>
          {frozen.note ? (
            <Text size="sm" mt={4}>
              {t('reportsReport.frozen.note', { note: frozen.note })}
            </Text>
          ) : null}
        </Alert>
      ) : null}

      <Section id="report-dsars" title={t('reportsReport.dsars.title')} intro={t('reportsReport.dsars.intro', { period })}>
        <div className={classes.keyFigures}>
          <KeyFigure label={t('reportsReport.dsars.received')} value={f.number(d.received)} />
          <KeyFigure label={t('reportsReport.dsars.closed')} value={f.number(d.closed)} />
          <KeyFigure label={t('reportsReport.dsars.inTime')} value={pct(d.answeredInTimeShare)} note={t('reportsReport.dsars.inTimeNote', { count: d.closed, inTime: f.number(d.answeredInTime), closed: f.number(d.closed) })} />
          <KeyFigure
            label={t('reportsReport.dsars.median')}
            value={d.medianDaysToAnswer === null ? t('reportsReport.notApplicable') : t('reportsReport.days', { count: d.medianDaysToAnswer, value: f.number(d.medianDaysToAnswer, { maximumFractionDigits: 1 }) })}
          />
          <KeyFigure label={t('reportsReport.dsars.extended')} value={f.number(d.extended)} note={t('reportsReport.dsars.extendedNote')} />
          <KeyFigure label={t('reportsReport.dsars.rejected')} value={f.number(d.rejected)} />
        </div>
        <CountFigure
          title={t('reportsReport.dsars.reasonsTitle')}
          description={t('reportsReport.dsars.reasonsDescription', { period })}
          rows={d.rejectedByReason.map((row) => ({ key: row.key, label: t(`reportsTerms.rejection.${row.key}`, { defaultValue: row.key }), count: row.count }))}
          csvFileName={file('dsar-rejections')}
          emptyText={t('reportsReport.dsars.noRejections')}
          countHeader={t('reportsReport.table.requests')}
          horizontal
        />
      </Section>

      <Section id="report-complaints" title={t('reportsReport.complaints.title')} intro={t('reportsReport.complaints.intro', { period })}>
        <CountFigure
          title={t('reportsReport.complaints.figureTitle')}
          description={t('reportsReport.complaints.figureDescription')}
          rows={(['received', 'resolved', 'escalated'] as const).map((key) => ({ key, label: t(`reportsReport.complaints.${key}`), count: report.complaints[key] }))}
          csvFileName={file('complaints')}
          emptyText={t('reportsReport.complaints.none')}
          countHeader={t('reportsReport.table.complaints')}
        />
      </Section>

      <Section id="report-violations" title={t('reportsReport.violations.title')} intro={t('reportsReport.violations.intro', { period, total: f.number(report.violations.total), count: report.violations.total })}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CountFigure
            title={t('reportsReport.violations.bySeverity')}
            description={t('reportsReport.violations.bySeverityDescription')}
            rows={report.violations.bySeverity.map((row) => ({ key: row.key, label: t(`reportsTerms.severity.${row.key}`, { defaultValue: row.key }), count: row.count }))}
            csvFileName={file('violations-by-severity')}
            emptyText={t('reportsReport.violations.none')}
            countHeader={t('reportsReport.table.violations')}
          />
          <CountFigure
            title={t('reportsReport.violations.byMeasure')}
            description={t('reportsReport.violations.byMeasureDescription')}
            rows={report.violations.byMeasure.map((row) => ({ key: row.key, label: t(`reportsTerms.measure.${row.key}`, { defaultValue: row.key }), count: row.count }))}
            csvFileName={file('violations-by-measure')}
            emptyText={t('reportsReport.violations.none')}
            countHeader={t('reportsReport.table.violations')}
            horizontal
          />
        </SimpleGrid>
      </Section>

      <Section id="report-consent" title={t('reportsReport.consent.title')} intro={t('reportsReport.consent.intro', { period })}>
        <FigureWithTable
          title={t('reportsReport.consent.figureTitle')}
          headingOrder={3}
          description={t('reportsReport.consent.figureDescription')}
          summary={
            biggestMove
              ? t('reportsReport.consent.summary', { purpose: biggestMove.label, change: points(biggestMove.change), rate: pct(biggestMove.rate) })
              : t('reportsReport.consent.noChange')
          }
          chart={
            <BarsChart
              horizontal
              domain={[0, 1]}
              integers={false}
              data={consentRows.map((row) => ({ label: row.label, rate: row.rate, previous: row.previous }))}
              series={[
                { key: 'previous', name: t('reportsReport.consent.previous'), color: GREY },
                { key: 'rate', name: t('reportsReport.consent.rate'), color: BLUE },
              ]}
              format={(value) => f.percent(value, 0)}
            />
          }
          columns={[
            { header: t('reportsReport.consent.purpose'), value: (row) => row.label },
            { header: t('reportsReport.consent.asked'), value: (row) => row.asked, render: (row) => f.number(row.asked), numeric: true },
            { header: t('reportsReport.consent.granted'), value: (row) => row.granted, render: (row) => f.number(row.granted), numeric: true },
            { header: t('reportsReport.consent.rate'), value: (row) => row.rate ?? '', render: (row) => pct(row.rate), numeric: true },
            { header: t('reportsReport.consent.previous'), value: (row) => row.previous ?? '', render: (row) => pct(row.previous), numeric: true },
            { header: t('reportsReport.consent.change'), value: (row) => (row.change === null ? '' : Math.round(row.change * 1000) / 10), render: (row) => points(row.change), numeric: true },
          ]}
          rows={consentRows}
          rowKey={(row) => row.key}
          csvFileName={file('consent-rates')}
        />
      </Section>

      <Section id="report-checks" title={t('reportsReport.checks.title')} intro={t('reportsReport.checks.intro', { date: f.date(report.period.to < report.generatedAt.slice(0, 10) ? report.period.to : report.generatedAt) })}>
        <div className={classes.keyFigures}>
          <KeyFigure label={t('reportsReport.checks.score')} value={f.number(checks.score, { maximumFractionDigits: 1 })} note={t('reportsReport.checks.scoreNote')} />
          <KeyFigure label={t('reportsReport.checks.openRemediation')} value={f.number(checks.openRemediation)} />
        </div>
        <FigureWithTable
          title={t('reportsReport.checks.figureTitle')}
          headingOrder={3}
          description={t('reportsReport.checks.figureDescription')}
          summary={t('reportsReport.checks.summary', { passed: f.number(checks.passed), warning: f.number(checks.warning), failed: f.number(checks.failed), notApplicable: f.number(checks.notApplicable) })}
          chart={
            <BarsChart
              data={[
                { label: t('reportsReport.checks.passed'), count: checks.passed },
                { label: t('reportsReport.checks.warning'), count: checks.warning },
                { label: t('reportsReport.checks.failed'), count: checks.failed },
                { label: t('reportsReport.checks.notApplicable'), count: checks.notApplicable },
              ]}
              series={[{ key: 'count', name: t('reportsReport.table.checks'), color: BLUE }]}
              format={(value) => f.number(value)}
            />
          }
          columns={[
            { header: t('reportsReport.table.outcome'), value: (row) => row.label },
            { header: t('reportsReport.table.checks'), value: (row) => row.count, render: (row) => f.number(row.count), numeric: true },
          ]}
          rows={(['passed', 'warning', 'failed', 'notApplicable'] as const).map((key) => ({ key, label: t(`reportsReport.checks.${key}`), count: checks[key] }))}
          rowKey={(row) => row.key}
          csvFileName={file('checks')}
        />
      </Section>

      <Section id="report-recipients" title={t('reportsReport.recipients.title')} intro={t('reportsReport.recipients.intro', { total: f.number(report.recipients.total), withWarnings: f.number(report.recipients.withWarnings) })}>
        <CountFigure
          title={t('reportsReport.recipients.figureTitle')}
          description={t('reportsReport.recipients.figureDescription')}
          rows={Object.entries(report.recipients.warningCounts).map(([key, count]) => ({ key, label: t(`reportsTerms.warning.${key}`, { defaultValue: key }), count }))}
          csvFileName={file('recipient-warnings')}
          emptyText={t('reportsReport.recipients.none')}
          countHeader={t('reportsReport.table.recipients')}
          horizontal
        />
      </Section>

      <Section id="report-announcements" title={t('reportsReport.announcements.title')} intro={t('reportsReport.announcements.intro', { period })}>
        {report.announcements.length === 0 ? (
          <Text size="sm">{t('reportsReport.announcements.none')}</Text>
        ) : (
          <FigureWithTable
            title={t('reportsReport.announcements.figureTitle')}
            headingOrder={3}
            description={t('reportsReport.announcements.figureDescription')}
            summary={t('reportsReport.announcements.summary', {
              count: report.announcements.length,
              delivered: f.number(report.announcements.reduce((sum, row) => sum + row.delivered, 0)),
              total: f.number(report.announcements.reduce((sum, row) => sum + row.totalRecipients, 0)),
            })}
            chart={
              <BarsChart
                horizontal
                data={report.announcements.map((row) => ({ label: `v${row.policyVersion}`, delivered: row.delivered, bounced: row.bounced }))}
                series={[
                  { key: 'delivered', name: t('reportsReport.announcements.delivered'), color: TEAL },
                  { key: 'bounced', name: t('reportsReport.announcements.bounced'), color: RED },
                ]}
                format={(value) => f.number(value)}
              />
            }
            columns={[
              { header: t('reportsReport.announcements.version'), value: (row) => `v${row.policyVersion}` },
              { header: t('reportsReport.announcements.started'), value: (row) => row.startedAt.slice(0, 10), render: (row) => f.date(row.startedAt) },
              { header: t('reportsReport.announcements.registered'), value: (row) => row.totalRecipients, render: (row) => f.number(row.totalRecipients), numeric: true },
              { header: t('reportsReport.announcements.delivered'), value: (row) => row.delivered, render: (row) => f.number(row.delivered), numeric: true },
              { header: t('reportsReport.announcements.bounced'), value: (row) => row.bounced, render: (row) => f.number(row.bounced), numeric: true },
            ]}
            rows={report.announcements}
            rowKey={(row) => `${row.policyVersion}-${row.startedAt}`}
            csvFileName={file('announcements')}
          />
        )}
      </Section>
    </Stack>
  );
}
