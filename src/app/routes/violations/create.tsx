import { AreaComingSoon } from '../area-coming-soon';

export default function ViolationsPlaceholderRoute() {
  return <AreaComingSoon area="violations" />;
}
