/**
 * A paper's artifacts, from custom BibTeX fields (left out of the exported BibTeX):
 *
 *   artifact     = {https://...}            the artifact's page or archive
 *   artifact_doi = {10.5281/zenodo.123}     the archival DOI of the artifact
 *   code         = {https://github.com/...} (also one of the paper's links)
 *   data         = {https://...}
 *   badges       = {available, functional}  ACM Artifact Review and Badging v1.1 badges the paper was awarded
 *   live         = {placement, tdsc}        pages of this site that re-run its results (playground, benchmark)
 *
 * Only badges that were awarded may be listed; "available" also needs the archival DOI that defines it (site
 * spec §6), so a claim without one is refused with a message rather than shown.
 */
import type { BibEntry } from '../bibtex/entry.ts';

export const ACM_BADGES = ['available', 'functional', 'reusable', 'reproduced', 'replicated'] as const;
export type AcmBadge = (typeof ACM_BADGES)[number];

export const LIVE_PAGES = ['placement', 'tdsc'] as const;
export type LivePage = (typeof LIVE_PAGES)[number];

export interface Artifacts {
  artifact?: string;
  artifactDoi?: string;
  code?: string;
  data?: string;
  badges: AcmBadge[];
  live: LivePage[];
}

export interface ArtifactProblem {
  key: string;
  field: string;
  message: string;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,;]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

const isHttp = (v: string) => /^https?:\/\/\S+$/.test(v);

/** The artifacts of `entry`, and every problem with its fields (each says what to write). */
export function artifactsOf(entry: Pick<BibEntry, 'key' | 'custom' | 'links'>): { artifacts: Artifacts; problems: ArtifactProblem[] } {
  const problems: ArtifactProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ key: entry.key, field, message });
  const c = entry.custom;
  const artifacts: Artifacts = { badges: [], live: [] };
  for (const field of ['artifact', 'data'] as const) {
    const v = c[field]?.trim();
    if (v === undefined || v === '') continue;
    if (isHttp(v)) artifacts[field] = v;
    else problem(field, `"${v}" is not an http(s) URL; write the full address, e.g. https://zenodo.org/records/123`);
  }
  const doi = c.artifact_doi?.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//, '');
  if (doi) {
    if (/^10\.\d{4,9}\/\S+$/.test(doi)) artifacts.artifactDoi = doi;
    else problem('artifact_doi', `"${doi}" is not a DOI; write it as 10.5281/zenodo.123456`);
  }
  const code = entry.links.code ?? c.code;
  if (code) artifacts.code = code;
  for (const badge of list(c.badges)) {
    if (!(ACM_BADGES as readonly string[]).includes(badge)) {
      problem('badges', `unknown badge "${badge}"; ACM's badges are ${ACM_BADGES.join(', ')}`);
      continue;
    }
    if (badge === 'available' && !artifacts.artifactDoi) {
      problem('badges', '"available" means archived with a DOI or stable identifier: add artifact_doi = {10.xxxx/...}, or remove the badge');
      continue;
    }
    if (!artifacts.badges.includes(badge as AcmBadge)) artifacts.badges.push(badge as AcmBadge);
  }
  artifacts.badges.sort((a, b) => ACM_BADGES.indexOf(a) - ACM_BADGES.indexOf(b));
  for (const page of list(c.live)) {
    if ((LIVE_PAGES as readonly string[]).includes(page)) artifacts.live.push(page as LivePage);
    else problem('live', `unknown page "${page}"; this site can re-run: ${LIVE_PAGES.join(', ')}`);
  }
  return { artifacts, problems };
}

/** Whether the paper has anything to show in its artifacts section. */
export function hasArtifacts(a: Artifacts): boolean {
  return Boolean(a.artifact || a.artifactDoi || a.code || a.data || a.badges.length || a.live.length);
}
