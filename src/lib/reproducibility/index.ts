/** Reproducibility: canonical forms, hashes, recordings and their comparison. Pure and browser-safe. */
export { actionObject, canonicalActions, canonicalJson, canonicalPlanText, plainData, sortCanonicalActions, type CanonicalAction, type JsonValue } from './canonical.ts';
export { sha256Hex, shortHash } from './hash.ts';
export { compareOutcomes, formatDifferences, NO_LINE, type Difference, type DifferenceField } from './compare.ts';
export {
  formatRecording,
  inputHash,
  normalisedInput,
  outcomeOf,
  parseRecording,
  RECORDABLE,
  RECORDING_FORMAT,
  RECORDING_NOW,
  RECORDING_SEED,
  type Outcome,
  type ParsedRecording,
  type Recording,
} from './recording.ts';
export {
  DEFAULT_TDSC_RUNS,
  formatTdscRecordings,
  parseTdscRecordings,
  TDSC_FORMAT,
  TDSC_RECORDINGS_FILE,
  tdscDifferences,
  tdscOutcome,
  tdscRunName,
  type TdscOutcome,
  type TdscRecord,
  type TdscRecordings,
} from './tdsc.ts';
