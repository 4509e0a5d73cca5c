import { EmptyState as MantineEmptyState, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

export interface StatePanelProps {
  icon: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links offered next. */
  actions?: ReactNode;
  /** 1 when the panel is the whole page, 2 (default) when it stands for a section. */
  headingLevel?: 1 | 2 | 3;
  color?: MantineColor;
  /** `alert` announces the panel when it appears (failures); `status` politely. */
  role?: 'alert' | 'status';
  /** Extra content under the description (details, server messages). */
  children?: ReactNode;
}

/** The one look of every empty, error and placeholder state, so they read as designed, not broken. */
export function StatePanel({ icon, title, description, actions, headingLevel = 2, color, role, children }: StatePanelProps) {
  return (
    <MantineEmptyState
      role={role}
      variant="light"
      color={color}
      py="xl"
      px="md"
      style={{ border: '1px dashed var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <MantineEmptyState.Indicator aria-hidden>{icon}</MantineEmptyState.Indicator>
      <MantineEmptyState.Title order={headingLevel}>{title}</MantineEmptyState.Title>
      {description ? <MantineEmptyState.Description>{description}</MantineEmptyState.Description> : null}
      {children}
      {actions ? <MantineEmptyState.Actions>{actions}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
