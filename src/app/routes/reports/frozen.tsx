import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { FrozenReportPage } from '@/features/reports/components/frozen-report-page';

export default function FrozenReportRoute() {
  const { reportId = '' } = useParams();
  return <FrozenReportPage key={reportId} reportId={reportId} reportsPath={paths.reports.build()} />;
}
