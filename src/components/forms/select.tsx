import { MultiSelect as MantineMultiSelect, Select as MantineSelect, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useState, type FocusEvent, type PointerEvent } from 'react';

/** What a select's value can be (Mantine's own Primitive, not exported from its index). */
type Primitive = string | number | boolean | bigint;

/**
 * Mantine's selects keep their option lists mounted (hidden), and Floating UI places every hidden
 * list after each render of the page around it, forcing a style recalculation each time: the
 * consent page's seven filters spent about a quarter of its render on lists nobody had opened.
 * Mounted only while open, an open select announced itself as collapsed (Mantine learns the
 * list's id only after it first mounts). So the list is mounted the first time someone comes to
 * the select (the pointer over it, a touch, focus), before it can open, and kept from then on.
 */
function useListOnIntent<Element>(handlers: { onFocus?: ((event: FocusEvent<Element>) => void) | undefined; onPointerEnter?: ((event: PointerEvent<Element>) => void) | undefined; onPointerDown?: ((event: PointerEvent<Element>) => void) | undefined }) {
  const [wanted, setWanted] = useState(false);
  const want = () => {
    if (!wanted) setWanted(true);
  };
  return {
    keepMounted: wanted,
    onFocus: (event: FocusEvent<Element>) => {
      want();
      handlers.onFocus?.(event);
    },
    onPointerEnter: (event: PointerEvent<Element>) => {
      want();
      handlers.onPointerEnter?.(event);
    },
    onPointerDown: (event: PointerEvent<Element>) => {
      want();
      handlers.onPointerDown?.(event);
    },
  };
}

/** Mantine's Select, with its option list mounted once someone comes to it (see above). */
export function Select<Value extends Primitive = string>({ comboboxProps, onFocus, onPointerEnter, onPointerDown, ...props }: SelectProps<Value>) {
  const { keepMounted, ...handlers } = useListOnIntent<HTMLInputElement>({ onFocus, onPointerEnter, onPointerDown });
  return <MantineSelect<Value> {...props} {...handlers} comboboxProps={{ ...comboboxProps, keepMounted }} />;
}

/** Mantine's MultiSelect, with its option list mounted once someone comes to it (see above). */
export function MultiSelect<Value extends Primitive = string>({ comboboxProps, onFocus, onPointerEnter, onPointerDown, ...props }: MultiSelectProps<Value>) {
  const { keepMounted, ...handlers } = useListOnIntent<HTMLInputElement>({ onFocus, onPointerEnter, onPointerDown });
  return <MantineMultiSelect<Value> {...props} {...handlers} comboboxProps={{ ...comboboxProps, keepMounted }} />;
}
