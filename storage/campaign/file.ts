import { parseCampaignFile, type CampaignResult } from './schema';

/** FORMATS.md: a file over 5 MB is refused before it is parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads a campaign file picked by the person: size first, then JSON, then every rule. */
export async function readCampaignFile(file: Pick<File, 'size' | 'text'>): Promise<CampaignResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, issue: { path: '', rule: 'too-large' } };
  return parseCampaignFile(await file.text());
}
