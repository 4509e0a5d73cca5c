import { CompliancePage } from '@/features/compliance/components/compliance-page';
import { usePermission } from '@/features/session/hooks/use-permission';

// The app layer composes features: who may record results and move actions is read here.
export default function ComplianceListRoute() {
  const canWrite = usePermission('checks_write');
  return <CompliancePage canWrite={canWrite} />;
}
