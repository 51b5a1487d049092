import type { PaymentSite } from './schema';
import appleStoreCn from './sites/apple-store-cn';

/** Sites added for Step 12: everyday shopping, food, travel and ticketing sites. */
export const moreSites: readonly PaymentSite[] = [appleStoreCn];
