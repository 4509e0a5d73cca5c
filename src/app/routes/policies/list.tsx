import { paths } from '@/config/paths';
import { PoliciesPage } from '@/features/policies/components/policies-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function PoliciesRoute() {
  const canWrite = usePermission('policies_write');
  return <PoliciesPage canWrite={canWrite} versionPath={paths.policies.version.build} />;
}
