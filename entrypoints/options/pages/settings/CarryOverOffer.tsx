import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { type CarryOverPlan, carryOver } from '@/storage/staff/carry-over';
import type { Campaign } from '@/storage/types';

export interface CarryOffer {
  from: Campaign;
  to: Campaign;
  plan: CarryOverPlan;
}

/**
 * An office campaign arrived while a personal challenge ran on the same dates: the
 * person is asked whether the days recorded there come along. Either answer loses nothing: the
 * challenge keeps its own days, and a pledge already in the office campaign is not overwritten.
 */
export function CarryOverOffer({ offer, onDone }: { offer: CarryOffer; onDone: () => void }) {
  const now = useNow();
  const { t, label, date } = useI18n();
  const [message, setMessage] = useState('');
  // The answered question's buttons go: the outcome takes the focus.
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) said.current?.focus();
  }, [message]);
  const { from, to, plan } = offer;
  const params = {
    days: plan.dates.length,
    from: label(from.name),
    to: label(to.name),
    first: date(plan.dates[0]!),
    last: date(plan.dates[plan.dates.length - 1]!),
  };

  async function carry() {
    const days = await carryOver(from, to, new Date(now()).toISOString());
    setMessage(t('carry.done', { days, to: label(to.name) }));
  }

  return (
    <div class="notice" role="region" aria-labelledby="carry-title">
      <h3 id="carry-title">{t('carry.title')}</h3>
      <div aria-live="polite">
        {message && (
          <p role="status" tabIndex={-1} ref={said}>
            {message}
          </p>
        )}
      </div>
      {!message && (
        <>
          <p>{t('carry.question', params)}</p>
          {plan.left > 0 && <p class="muted small">{t('carry.left', { left: plan.left, from: label(from.name) })}</p>}
          <div class="row">
            <button type="button" class="primary" onClick={carry}>
              {t('carry.yes', { days: plan.dates.length })}
            </button>
            <button type="button" onClick={onDone}>
              {t('carry.no')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
