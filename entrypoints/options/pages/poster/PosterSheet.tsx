import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { percentText, rowActionText } from '@/components/share/pictures';
import { sourcesOf } from '@/storage/share/impacts';
import type { Standings } from '@/storage/share/standings';

/** What the poster says: the campaign, the ranked departments with their actions, the estimates. */
export function PosterSheet({ standings: s }: { standings: Standings }) {
  const i18n = useI18n();
  const { t, label, date, lang } = i18n;
  return (
    <>
      <header class="poster-head">
        <p class="poster-app">{t('app.name')}</p>
        <h1>{label(s.campaignName)}</h1>
        <p>
          {t('poster.period', { from: date(s.period.from), to: date(s.period.to) })} ·{' '}
          <strong>{t('poster.asOf', { date: date(s.asOf) })}</strong>
        </p>
      </header>
      <h2>{t('poster.heading')}</h2>
      <ol class="poster-rows">
        {s.rows.map((row, i) => {
          const actions = rowActionText(i18n, s, row);
          return (
            <li key={row.id} data-department={row.id}>
              <span class="poster-rank">{i + 1}</span>
              <span class="poster-name">{label(row.name)}</span>
              <span class="poster-rate" data-rate={row.rate ?? ''}>
                {percentText(i18n, row.rate)} <small>{t('poster.rate')}</small>
              </span>
              <span class="poster-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(Math.min(1, row.rate ?? 0) * 100)}%` }} />
              </span>
              <span class="poster-actions">{actions || t('poster.noActions')}</span>
            </li>
          );
        })}
      </ol>
      <footer class="poster-foot">
        {s.impacts.length > 0 && (
          <div>
            <p>
              <strong>{t('poster.impacts')}:</strong>{' '}
              {s.impacts
                .map(
                  (l) =>
                    `≈ ${formatNumber(lang, Math.round(l.estimate * 10) / 10)} ${label(l.impact.unit)} (${label(l.label)})`,
                )
                .join('; ')}
            </p>
            <p class="poster-sources">
              {t('share.sources')}: {sourcesOf(s.impacts).join('; ')}
            </p>
          </div>
        )}
        <p class="poster-tag">
          {s.hashtag ? `${s.hashtag.startsWith('#') ? s.hashtag : `#${s.hashtag}`} · ` : ''}
          {t('app.name')}
        </p>
      </footer>
    </>
  );
}
