/** Named feature + training settings tried in the experiment. */
import { DEFAULT_FEATURES, type FeatureOptions } from './featurize.js';
import { DEFAULT_TRAIN, type TrainOptions } from './model.js';

export interface Config {
  features: FeatureOptions;
  train: TrainOptions;
}

export const CONFIGS: Record<string, Config> = {
  /** the brief's model: n-grams + four context features, L2 = 1 */
  base: { features: DEFAULT_FEATURES, train: DEFAULT_TRAIN },
  /** n-grams only */
  plain: { features: { context: false, neighbours: false }, train: DEFAULT_TRAIN },
  /** + the neighbouring clauses' bigrams / words */
  neigh: { features: { context: true, neighbours: true }, train: DEFAULT_TRAIN },
  /** weaker / stronger L2 */
  l2lo: { features: DEFAULT_FEATURES, train: { ...DEFAULT_TRAIN, l2: 0.3 } },
  l2hi: { features: DEFAULT_FEATURES, train: { ...DEFAULT_TRAIN, l2: 3 } },
  /** neighbours + stronger L2 */
  'neigh-l2hi': { features: { context: true, neighbours: true }, train: { ...DEFAULT_TRAIN, l2: 3 } },
  /** neighbours + labelled clauses weighted twice */
  'neigh-pw2': { features: { context: true, neighbours: true }, train: { ...DEFAULT_TRAIN, positiveWeight: 2 } },
};
