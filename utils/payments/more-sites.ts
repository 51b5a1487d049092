import type { PaymentSite } from './schema';

/** Sites added for Step 12: everyday shopping, food, travel and ticketing sites. */
export const moreSites: readonly PaymentSite[] = [];
