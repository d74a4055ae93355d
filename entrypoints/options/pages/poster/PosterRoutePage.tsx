import type { PageProps } from '@/entrypoints/options/route-types';
import { PosterPage } from './PosterPage';

/** A poster (`#poster/…`): the admin office's from its figures, anyone's from a bulletin. */
export function PosterRoutePage({ data, path }: PageProps) {
  return <PosterPage campaign={data.campaign!} hash={path} admin={Boolean(data.settings?.adminMode)} />;
}
