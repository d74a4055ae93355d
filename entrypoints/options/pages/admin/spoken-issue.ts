import { useState } from 'preact/hooks';

/**
 * When a form shows its broken rule: once the person has left a field that holds it, or pressed
 * a button of the form; never on arrival, before anything was typed.
 */
export function useSpokenIssue(prefix: string) {
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [pressed, setPressed] = useState(false);
  return {
    /** On the form's container: a field (its id starting with `prefix`) that loses the focus was left. */
    onFocusOut(event: FocusEvent) {
      const id = (event.target as Element | null)?.closest?.(`[id^="${prefix}"]`)?.id;
      if (id && !left.has(id)) setLeft(new Set(left).add(id));
    },
    /** Whether the rule held by any of these field ids is shown. */
    speaks: (ids: readonly string[]) => pressed || ids.some((id) => left.has(id)),
    /** A button of the form was pressed: every broken rule is shown from now on. */
    press: () => setPressed(true),
  };
}
