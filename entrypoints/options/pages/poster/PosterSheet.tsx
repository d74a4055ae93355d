import { useI18n } from '@/components/i18n/context';
import { formatNumber } from '@/components/i18n/format';
import { percentText } from '@/components/share/picture/content';
import { sourcesOf } from '@/storage/share/impacts';
import type { Standings } from '@/storage/share/standings';

/**
 * What the poster says: the campaign, then a table of the departments ranked by participation
 * with the actions done (each action named once in its column head, so that the rows hold only
 * big names and numbers), the office's estimates and where they come from.
 */
export function PosterSheet({ standings: s }: { standings: Standings }) {
  const i18n = useI18n();
  const { t, label, date, lang } = i18n;
  const actions = s.actions;
  const share = actions.length > 0 ? 48 / actions.length : 0;
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
      <table class="poster-table">
        <caption>{t(s.agencies ? 'agencyReport.posterHeading' : 'poster.heading')}</caption>
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: actions.length > 0 ? '33%' : '67%' }} />
          <col style={{ width: actions.length > 0 ? '14%' : '28%' }} />
          {actions.map((p) => (
            <col key={p.id} style={{ width: `${share}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t(s.agencies ? 'agencies.organisation' : 'heading.department')}</th>
            <th scope="col" class="num">
              {t('measure.workingDays')}
            </th>
            {actions.map((p) => (
              <th key={p.id} scope="col" class="num">
                {label(p.label)}
                {p.unit ? ` (${label(p.unit)})` : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.rows.map((row, i) => (
            <tr key={row.id} data-department={row.id}>
              <td class="poster-rank">{i + 1}</td>
              <th scope="row">{label(row.name)}</th>
              <td class="num poster-rate" data-rate={row.rate ?? ''}>
                {percentText(i18n, row.rate)}
                <span class="poster-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(Math.min(1, row.rate ?? 0) * 100)}%` }} />
                </span>
              </td>
              {actions.map((p) => (
                <td key={p.id} class="num" data-pledge={p.id}>
                  {formatNumber(lang, row.totals[p.id] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
