import { Badge } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';

/**
 * A complaint the person took to the supervisory authority: named in words (authority and
 * whether its case is still open), with an icon, so it stands out without relying on colour.
 */
export function EscalationBadge({ escalation }: { escalation: Schemas['Escalation'] | null }) {
  const { t } = useTranslation();
  if (!escalation) return null;
  const open = escalation.closedOn === null;
  return (
    <Badge
      component="span"
      variant={open ? 'filled' : 'outline'}
      color={open ? 'grape' : 'gray'}
      leftSection={<IconBuildingBank size={12} aria-hidden />}
      tt="none"
      title={escalation.authorityReference}
    >
      {t(open ? 'complaintTerms.escalation.badgeOpen' : 'complaintTerms.escalation.badgeClosed', { authority: t(`complaintTerms.authority.short.${escalation.authority}`) })}
    </Badge>
  );
}
