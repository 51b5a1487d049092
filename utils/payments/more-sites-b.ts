import type { PaymentSite } from './schema';
import starbucksCn from './sites/starbucks-cn';

/** Sites added for Step 12, second batch: coffee, fast food, travel, tickets and everyday services. */
export const moreSitesB: readonly PaymentSite[] = [starbucksCn];
