import type { PaymentSite } from './schema';
import costcoCn from './sites/costco-cn';
import hainanAirlines from './sites/hainan-airlines';
import marriottCn from './sites/marriott-cn';
import palaceMuseum from './sites/palace-museum';
import springAirlines from './sites/spring-airlines';
import universalBeijing from './sites/universal-beijing';
import walmartCn from './sites/walmart-cn';
import xiamenAirlines from './sites/xiamen-airlines';

/** Sites added for Step 12, third batch: places a visitor to China meets (parks, museums, stores, travel). */
export const moreSitesC: readonly PaymentSite[] = [
  universalBeijing,
  palaceMuseum,
  costcoCn,
  walmartCn,
  marriottCn,
  hainanAirlines,
  springAirlines,
  xiamenAirlines,
];
