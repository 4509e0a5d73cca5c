import { Box, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { OverviewPage } from '@/features/overview/components/overview-page';
import { usePermission } from '@/features/session/hooks/use-permission';

// Only management sees these counts, below its figures: their chart, table and CSV code loads
// with them, not with every role's first page.
const ViolationStatisticsPanel = lazy(() =>
  import('@/features/violations/components/statistics/violation-statistics-panel').then((module) => ({ default: module.ViolationStatisticsPanel })),
);

/**
 * Management may not open the violation register, but sees its counts (never a name) here; the
 * privacy officer has them on the register itself.
 */
function ViolationCounts() {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="overview-section-violations">
      <Title order={2} size="h4" id="overview-section-violations" mb={4}>
        {t('overview.sections.violations.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('overview.sections.violations.description')}
      </Text>
      <Suspense fallback={<LoadingSkeleton variant="table" label={t('overview.sections.violations.title')} />}>
        <ViolationStatisticsPanel headingOrder={3} initialBreakdown="byQuarter" />
      </Suspense>
    </Box>
  );
}

export default function OverviewRoute() {
  const readsCounts = usePermission('violation_statistics_read');
  const readsRecords = usePermission('violations_read');
  return <OverviewPage extra={readsCounts && !readsRecords ? <ViolationCounts /> : null} />;
}
