import '../translations';
import { Anchor, Button, Group } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useFrozenReport } from '../api/report-queries';
import { periodLabel } from '../lib/periods';
import classes from './report.module.css';
import { ReportDocument } from './report-document';
import { usePrint } from './use-print';

/** A frozen report, shown from what the server stored, whatever changed in the data since. */
export function FrozenReportPage({ reportId, reportsPath }: { reportId: string; reportsPath: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const frozen = useFrozenReport(reportId);
  const print = usePrint();
  const back = (
    <Anchor component={Link} to={reportsPath} size="sm" className={classes.noPrint}>
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('reportsReport.frozen.back')}
      </Group>
    </Anchor>
  );
  if (frozen.isPending) return <LoadingSkeleton variant="cards" label={t('reportsReport.loading')} />;
  if (frozen.isError) {
    return (
      <>
        {back}
        <ErrorState error={frozen.error} title={t('reportsReport.frozen.error')} onRetry={() => void frozen.refetch()} headingLevel={1} />
      </>
    );
  }
  const data = frozen.data;
  const name = periodLabel(data.period.key, f.lang);
  return (
    <>
      <PageHeader
        above={back}
        title={t('reportsReport.frozen.pageTitle', { period: name })}
        description={t('reportsReport.frozen.pageDescription', { date: f.dateTime(data.frozenAt), by: data.frozenBy.displayName })}
        actions={
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={print} className={classes.noPrint}>
            {t('reportsReport.print')}
          </Button>
        }
      />
      <ReportDocument report={data.report} frozen={{ frozenAt: data.frozenAt, frozenBy: data.frozenBy.displayName, note: data.note }} />
    </>
  );
}
