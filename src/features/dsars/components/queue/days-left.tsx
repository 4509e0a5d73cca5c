import { IconAlertTriangle, IconCalendarCheck, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import classes from './days-left.module.css';
import tableClasses from './queue-table.module.css';

/** Days to the legal due date, said in words with an icon: colour is never the only signal. */
export function DaysLeft({ deadline }: { deadline: Schemas['Deadline'] }) {
  const { t } = useTranslation();
  const { daysLeft, band } = deadline;
  if (band === null) {
    return (
      <span className={tableClasses.daysLeft}>
        <IconCircleCheck size={16} aria-hidden />
        {t('dsarTerms.daysLeft.closed')}
      </span>
    );
  }
  const overdue = daysLeft < 0;
  const label = overdue
    ? t('dsarTerms.daysLeft.overdue', { count: -daysLeft })
    : daysLeft === 0
      ? t('dsarTerms.daysLeft.dueToday')
      : t('dsarTerms.daysLeft.left', { count: daysLeft });
  const Icon = overdue ? IconAlertTriangle : band === 'due_soon' || daysLeft === 0 ? IconClockExclamation : IconCalendarCheck;
  // Darker (light) or lighter (dark) than the theme's text shades, for 4.5:1 on striped rows too.
  const tone = overdue ? classes.overdue : band === 'due_soon' ? classes.dueSoon : '';
  return (
    <span className={`${tableClasses.daysLeft} ${tone}`} data-overdue={overdue || undefined}>
      <Icon size={16} aria-hidden />
      {label}
    </span>
  );
}
