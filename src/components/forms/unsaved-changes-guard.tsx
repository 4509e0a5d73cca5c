import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

export interface UnsavedChangesGuardProps {
  /**
   * A draft is unsaved. A function is read at the moment of leaving, so a save that navigates
   * on success is not blocked by a render that has not happened yet.
   */
  when: boolean | (() => boolean);
  /** The screen's own words: what would be lost. */
  labels: { title: string; body: string; stay: string; leave: string };
}

/**
 * Asks before leaving the page (in-app navigation or closing the tab) while a draft is unsaved.
 * Changing only the query string (a filter, a page of history) stays on the page and is allowed.
 */
export function UnsavedChangesGuard({ when, labels }: UnsavedChangesGuardProps) {
  const unsaved = typeof when === 'function' ? when : () => when;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && unsaved());

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (typeof when === 'function' ? when() : when) event.preventDefault();
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

/** The four words of a screen's guard, from its translation keys (`<prefix>.title` and so on). */
export function guardLabels(t: (key: string) => string, prefix: string): UnsavedChangesGuardProps['labels'] {
  return { title: t(`${prefix}.title`), body: t(`${prefix}.body`), stay: t(`${prefix}.stay`), leave: t(`${prefix}.leave`) };
}
