import { Chip, Fieldset, Group } from '@mantine/core';

export interface ChipFilterProps<T extends string> {
  legend: string;
  values: readonly T[];
  selected: readonly T[] | undefined;
  label: (value: T) => string;
  onChange: (next: T[]) => void;
}

/** A multiple-choice list filter: checkable chips under a legend (one value of a repeated URL parameter each). */
export function ChipFilter<T extends string>({ legend, values, selected, label, onChange }: ChipFilterProps<T>) {
  return (
    <Fieldset legend={legend} variant="unstyled" styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}>
      <Chip.Group multiple value={[...(selected ?? [])]} onChange={(next) => onChange(values.filter((value) => next.includes(value)))}>
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
