import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

export interface UnsavedChangesGuardProps {
  /** A draft is unsaved. */
  when: boolean;
  /** The screen's own words: what would be lost. */
  labels: { title: string; body: string; stay: string; leave: string };
}

/**
 * Asks before leaving the page (in-app navigation or closing the tab) while a draft is unsaved.
 * Changing only the query string (a filter, a page of history) stays on the page and is allowed.
 */
export function UnsavedChangesGuard({ when, labels }: UnsavedChangesGuardProps) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={labels.title}>
      <Text mb="md">{labels.body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {labels.stay}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {labels.leave}
        </Button>
      </Group>
    </Modal>
  );
}
