import { createContext } from '@lit/context';
import type { Clock } from './clock.js';
import type { SlaPolicy } from '../core/sla/index.js';

/** What `<rp-provider>` shares with every Rapport element inside it. */
export interface RapportConfig {
  clock: Clock;
  slaPolicy?: SlaPolicy;
}

export const rapportContext = createContext<RapportConfig | undefined>(Symbol.for('rapport.config'));
