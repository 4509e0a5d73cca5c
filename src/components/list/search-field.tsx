import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { memo, useState, type FormEvent } from 'react';
import { useTextError } from '@/hooks/use-text-error';
import { SEARCH_RULE } from '@/lib/text-rules';

const SEARCH_DEBOUNCE_MS = 300;

interface SearchProps {
  /** The search the list runs now (from the URL). */
  value: string | undefined;
  /** A new search, trimmed; undefined for none. */
  onSearch: (q: string | undefined) => void;
  label: string;
  description: string;
}

/**
 * A list's search, sent as it is typed (debounced; Enter sends it at once). Its own component, so
 * typing renders the field only, not the filters and the list around it. A search the list cannot
 * run (a control character, over 100 characters) is explained at the field and not sent; the list
 * keeps showing the last search that could.
 */
export const SearchAsYouType = memo(function SearchAsYouType({ value, onSearch, label, description }: SearchProps) {
  const urlQ = value ?? '';
  const [text, setText] = useState(urlQ);
  const textError = useTextError();
  // Searches sent to the URL that have not come back from it yet. The router commits URL changes
  // in a transition, so on a slow device an older search can land while the person is still
  // typing; recognising it as ours keeps it from overwriting what they typed since.
  const [sent, setSent] = useState<string[]>([]);
  const sendSearch = useDebouncedCallback((typed: string) => {
    if (textError(typed, SEARCH_RULE)) return;
    const next = typed.trim();
    if (next === (sent.at(-1) ?? urlQ)) return;
    setSent((current) => [...current, next]);
    onSearch(next || undefined);
  }, SEARCH_DEBOUNCE_MS);
  // The URL wins when it changes from outside (clear all, back button, a shared link); adjusted
  // while rendering, so the field never shows a stale value.
  const [seenUrlQ, setSeenUrlQ] = useState(urlQ);
  if (seenUrlQ !== urlQ) {
    setSeenUrlQ(urlQ);
    const ours = sent.indexOf(urlQ);
    if (ours >= 0) {
      setSent(sent.slice(ours + 1));
    } else {
      // A search still waiting to be sent would undo the outside change.
      sendSearch.cancel();
      setSent([]);
      setText(urlQ);
    }
  }

  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      error={textError(text, SEARCH_RULE)}
      onChange={(event) => {
        setText(event.currentTarget.value);
        sendSearch(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') sendSearch.flush();
      }}
    />
  );
});

interface SearchFormProps extends Omit<SearchProps, 'onSearch'> {
  /** The list's own query change: a new search is the patch `{ q }`, so the list's `onChange` is passed as it is. */
  onChange: (patch: { q: string | undefined }) => void;
  buttonLabel: string;
  maw?: number;
}

/**
 * A list's search sent with its button (a reference is typed whole, not searched per key). Its own
 * component, so typing renders the field only. A search the list cannot run is explained, not sent.
 */
export const SearchForm = memo(function SearchForm({ value, onChange, label, description, buttonLabel, maw }: SearchFormProps) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const textError = useTextError();
  const [seenQ, setSeenQ] = useState(value ?? '');
  if (seenQ !== (value ?? '')) {
    // The URL changed from outside (clear all, back button): the field follows it.
    setSeenQ(value ?? '');
    setText(value ?? '');
    setError(null);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = textError(text, SEARCH_RULE);
    setError(problem);
    if (!problem) onChange({ q: text.trim() || undefined });
  };
  return (
    <form onSubmit={submit} role="search">
      <Group gap="xs" align="flex-end" wrap="nowrap" maw={maw}>
        <TextInput
          type="search"
          style={{ flex: 1 }}
          label={label}
          description={description}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          error={error}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(null);
          }}
        />
        <Button type="submit" variant="default" mb={error ? 22 : 0}>
          {buttonLabel}
        </Button>
      </Group>
    </form>
  );
});
