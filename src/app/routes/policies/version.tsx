import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { VersionPage } from '@/features/policies/components/version-page';
import { usePermission } from '@/features/session/hooks/use-permission';

export default function PolicyVersionRoute() {
  const { versionId = '' } = useParams();
  const canWrite = usePermission('policies_write');
  return <VersionPage key={versionId} versionId={versionId} canWrite={canWrite} listPath={paths.policies.build()} />;
}
