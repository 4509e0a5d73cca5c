import { Box, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OverviewPage } from '@/features/overview/components/overview-page';
import { usePermission } from '@/features/session/hooks/use-permission';
import { ViolationStatisticsPanel } from '@/features/violations/components/statistics/violation-statistics-panel';

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
      <ViolationStatisticsPanel headingOrder={3} initialBreakdown="byQuarter" />
    </Box>
  );
}

export default function OverviewRoute() {
  const readsCounts = usePermission('violation_statistics_read');
  const readsRecords = usePermission('violations_read');
  return <OverviewPage extra={readsCounts && !readsRecords ? <ViolationCounts /> : null} />;
}
