import type { Recording } from '../recording';
import { originalExperiment } from './original-experiment';

/** Every recording the replay engine can play, by id. */
export const recordings: ReadonlyMap<string, Recording> = new Map([[originalExperiment.id, originalExperiment]]);
