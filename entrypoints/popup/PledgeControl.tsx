import { useI18n } from '@/components/i18n/context';
import { MAX_COUNT } from '@/storage/files/limits';
import type { Pledge } from '@/storage/types';

/**
 * A daily pledge is a checkbox; an action is a count stepper. Either way the control's
 * accessible name is the pledge's own label, and one click records.
 */
export function PledgeControl({
  pledge,
  count,
  onSet,
}: {
  pledge: Pledge;
  count: number;
  onSet: (count: number) => void;
}) {
  const { t, label } = useI18n();
  const text = label(pledge.label);
  const id = `pledge-${pledge.id}`;
  if (pledge.kind === 'daily') {
    return (
      <label class="pledge daily">
        <input type="checkbox" checked={count > 0} onChange={(e) => onSet(e.currentTarget.checked ? 1 : 0)} />
        <span>{text}</span>
      </label>
    );
  }
  return (
    <div class="pledge action" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} class="pledge-label">
        {text}
      </span>
      <span class="stepper">
        <button
          type="button"
          aria-label={t('pledges.decrease', { label: text })}
          disabled={count === 0}
          onClick={() => onSet(count - 1)}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_COUNT}
          value={count}
          aria-labelledby={`${id}-label`}
          onChange={(e) => {
            const next = Number(e.currentTarget.value);
            if (next !== count) onSet(next);
          }}
        />
        {pledge.unit && <span class="unit">{label(pledge.unit)}</span>}
        <button
          type="button"
          aria-label={t('pledges.increase', { label: text })}
          disabled={count >= MAX_COUNT}
          onClick={() => onSet(count + 1)}
        >
          +
        </button>
      </span>
    </div>
  );
}
