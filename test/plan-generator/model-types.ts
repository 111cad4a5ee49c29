/** Small shared type names of the generator. */
export type Direction = 'increase' | 'decrease';
export type Indicator = 'leading' | 'lagging';
