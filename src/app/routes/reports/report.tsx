import { paths } from '@/config/paths';
import { ReportPage } from '@/features/reports/components/report-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function ReportsRoute() {
  const canFreeze = usePermission('reports_freeze');
  return <ReportPage canFreeze={canFreeze} frozenPath={paths.reports.frozen.build} />;
}
