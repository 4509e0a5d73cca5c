import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { StatePanel } from './state-panel';

export interface EmptyStateProps {
  title: string;
  /** Why it is empty and what would fill it (e.g. "No requests match these filters"). */
  description?: ReactNode;
  actions?: ReactNode;
  icon?: ReactNode;
  headingLevel?: 1 | 2 | 3;
}

/** Nothing to show, said plainly, with the next step when there is one. */
export function EmptyState({ title, description, actions, icon = <IconInbox />, headingLevel = 2 }: EmptyStateProps) {
  return (
    <StatePanel role="status" color="gray" icon={icon} title={title} description={description} actions={actions} headingLevel={headingLevel} />
  );
}
