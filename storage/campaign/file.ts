import { MAX_FILE_BYTES } from '@/storage/files/limits';
import { type CampaignResult, parseCampaignFile } from './schema';

/** Reads a campaign file picked by the person: size first, then JSON, then every rule. */
export async function readCampaignFile(file: Pick<File, 'size' | 'text'>): Promise<CampaignResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, issue: { path: '', rule: 'too-large' } };
  return parseCampaignFile(await file.text());
}
