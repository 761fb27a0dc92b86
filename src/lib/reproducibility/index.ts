/** Reproducibility: canonical forms, hashes, recordings and their comparison. Pure and browser-safe. */
export { actionObject, canonicalActions, canonicalJson, canonicalPlanText, sortCanonicalActions, type CanonicalAction, type JsonValue } from './canonical.ts';
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
