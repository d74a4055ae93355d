import { useI18n } from '@/components/i18n/context';
import type { FrameProps } from '@/entrypoints/options/route-types';
import { OfficeProvider } from './office-context';

/**
 * What holds every page of the admin section: its own navigation, the page's heading, and the
 * office's data read once for all of them (kept mounted while one moves between its pages).
 */
export function AdminFrame({ data, route, query, links, children }: FrameProps) {
  const { t, label } = useI18n();
  const { campaign } = data;
  const page = (
    <>
      <nav class="subnav" aria-label={t('adminNav.label')}>
        {links.map((r) => (
          <a key={r.path} href={`#${r.path}`} aria-current={r === route ? 'page' : undefined}>
            {t(r.sectionLabel ?? r.title)}
          </a>
        ))}
      </nav>
      <h2 class="page-title">
        {t(route.title)}
        {campaign && ` — ${label(campaign.name)}`}
      </h2>
      {children}
    </>
  );
  // One tree with a campaign or without: the new-campaign form keeps its state (the message for
  // staff) when the campaign it made comes into use.
  return (
    <OfficeProvider campaign={campaign} query={query}>
      {page}
    </OfficeProvider>
  );
}
