import { Chip, Fieldset, Group } from '@mantine/core';

export interface ChipFilterProps<T extends string> {
  legend: string;
  values: readonly T[];
  selected: readonly T[] | undefined;
  label: (value: T) => string;
  /** The chosen values in `values` order, or undefined when none is chosen (the filter is off). */
  onChange: (next: T[] | undefined) => void;
}

/** A multiple-choice list filter as a labelled group of chips (checkboxes to assistive technology). */
export function ChipFilter<T extends string>({ legend, values, selected, label, onChange }: ChipFilterProps<T>) {
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}>
      <Chip.Group multiple value={[...(selected ?? [])]} onChange={(next) => onChange(next.length > 0 ? values.filter((value) => next.includes(value)) : undefined)}>
        <Group gap={6}>
          {values.map((value) => (
            <Chip key={value} value={value} size="xs" variant="outline">
              {label(value)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Fieldset>
  );
}
