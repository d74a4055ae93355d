import { useI18n } from '@/components/i18n/context';
import type { DashboardData } from '@/storage/staff/dashboard-data';
import { dashboardLinks, sectionOf } from '../route-table';
import type { Route } from '../route-types';

/** The extension's name and the dashboard's navigation, the current section marked. */
export function DashboardHeader({ data, route }: { data: DashboardData | undefined; route: Route }) {
  const { t } = useI18n();
  const current = sectionOf(route);
  return (
    <header class="top">
      <h1>{t('app.name')}</h1>
      <nav aria-label={t('nav.label')}>
        {dashboardLinks(data).map((r) => (
          <a key={r.path} href={`#${r.path}`} aria-current={r.path === current ? 'page' : undefined}>
            {t(r.navLabel ?? r.title)}
          </a>
        ))}
      </nav>
    </header>
  );
}
