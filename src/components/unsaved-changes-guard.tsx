import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

export interface UnsavedChangesGuardProps {
  /** Whether a draft is unsaved now. */
  active: boolean;
  /** The screen's own words: what would be lost, and the two choices. */
  title: string;
  body: string;
  stayLabel: string;
  leaveLabel: string;
}

/**
 * While a draft is unsaved, leaving the page asks first: an in-app link or back (a dialog) and
 * closing or reloading the tab (the browser's own prompt). Moving within the page does not ask.
 */
export function UnsavedChangesGuard({ active, title, body, stayLabel, leaveLabel }: UnsavedChangesGuardProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => active && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!active) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
  const stay = () => blocker.reset?.();
  return (
    <Modal opened={blocker.state === 'blocked'} onClose={stay} title={title}>
      <Text mb="md">{body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={stay} data-autofocus>
          {stayLabel}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {leaveLabel}
        </Button>
      </Group>
    </Modal>
  );
}
