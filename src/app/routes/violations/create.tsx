import { useSearchParams } from 'react-router';
import { ViolationCreatePage } from '@/features/violations/components/create/violation-create-page';

export default function ViolationCreateRoute() {
  const [params] = useSearchParams();
  return <ViolationCreatePage complaintId={params.get('complaintId')} checkId={params.get('checkId')} />;
}
