import '../translations';
import { Box, Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { Select } from '@/components/forms/select';
import { IconLock, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useLiveReport } from '../api/report-queries';
import { kindOfPeriod, PERIOD_KINDS, periodContaining, periodLabel, recentPeriods, reportPeriodOf, type PeriodKind } from '../lib/periods';
import { brusselsToday } from '@/lib/format';
import { FreezeDialog } from './freeze-dialog';
import { FrozenReportsList } from './frozen-reports-list';
import classes from './report.module.css';
import { ReportDocument } from './report-document';
import { usePrint } from './use-print';

// How far back each kind of period can be chosen (the platform launched in 2019).
const CHOICES: Record<PeriodKind, number> = { month: 24, quarter: 12, year: 8 };

interface ReportPageProps {
  canFreeze: boolean;
  frozenPath: (reportId: string) => string;
}

/** The report of a chosen period, computed now; the period is in the URL (`?period=2026-Q4`), so a link reproduces it. */
export function ReportPage({ canFreeze, frozenPath }: ReportPageProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useMemo(() => brusselsToday(), []);
  const asked = searchParams.get('period');
  const period = reportPeriodOf(asked, today);
  const kind = kindOfPeriod(period) ?? 'quarter';
  const report = useLiveReport(period);
  const print = usePrint();
  const [freezeOpen, setFreezeOpen] = useState(false);
  const name = periodLabel(period, f.lang);
  const choices = recentPeriods(kind, today, CHOICES[kind]);
  const choose = (next: string) => setSearchParams(new URLSearchParams({ period: next }));

  return (
    <>
      <PageHeader
        title={t('reportsReport.title')}
        description={t('reportsReport.description', { period: name })}
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={print} disabled={!report.data}>
              {t('reportsReport.print')}
            </Button>
            {canFreeze ? (
              <Button leftSection={<IconLock size={16} aria-hidden />} onClick={() => setFreezeOpen(true)} disabled={!report.data}>
                {t('reportsReport.freeze.open')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Group gap="sm" align="flex-end" mb="lg" className={classes.noPrint} role="group" aria-label={t('reportsReport.periodGroup')}>
        <Stack gap={4}>
          <SegmentedControl
            aria-label={t('reportsReport.kind')}
            value={kind}
            onChange={(value) => {
              const next = PERIOD_KINDS.find((candidate) => candidate === value) ?? 'quarter';
              // The new kind's period holding the end of the one shown (or today, if it is running).
              const end = report.data && report.data.period.to < today ? report.data.period.to : today;
              choose(periodContaining(next, end));
            }}
            data={PERIOD_KINDS.map((value) => ({ value, label: t(`reportsReport.kinds.${value}`) }))}
          />
        </Stack>
        <Select
          label={t('reportsReport.period')}
          data={(choices.includes(period) ? choices : [period, ...choices]).map((value) => ({ value, label: periodLabel(value, f.lang) }))}
          value={period}
          allowDeselect={false}
          onChange={(value) => value && choose(value)}
          w={220}
        />
      </Group>
      {report.isPending ? (
        // As tall as the screen: the report will be, and the frozen reports below must not jump down when it arrives.
        <Box mih="100vh">
          <LoadingSkeleton variant="cards" label={t('reportsReport.loading')} />
        </Box>
      ) : report.isError ? (
        <ErrorState error={report.error} title={t('reportsReport.error')} onRetry={() => void report.refetch()} />
      ) : (
        <div aria-busy={report.isPlaceholderData}>
          <ReportDocument report={report.data} />
        </div>
      )}
      <FrozenReportsList frozenPath={frozenPath} className={classes.noPrint} />
      {canFreeze ? <FreezeDialog opened={freezeOpen} onClose={() => setFreezeOpen(false)} period={period} periodName={name} frozenPath={frozenPath} /> : null}
    </>
  );
}
