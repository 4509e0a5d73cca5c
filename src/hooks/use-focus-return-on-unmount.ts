import { useEffect, useState } from 'react';

/**
 * For a dialog that is mounted only while it is open (`{open ? <Form /> : null}` around a
 * `<Modal opened>`): when it unmounts, focus goes back to what had it when the dialog mounted,
 * the button that opened it. Mantine's modal returns focus when `opened` turns false, which
 * never happens when the whole dialog is unmounted instead: focus was left on the page's body
 * (WCAG 2.4.3 Focus Order). An opener that is gone by then (a saved change replaced it) is left.
 */
export function useFocusReturnOnUnmount(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      if (opener?.isConnected) opener.focus();
    },
    [opener],
  );
}
