/**
 * The 50 states, the District of Columbia, Puerto Rico, Guam and the US Virgin Islands, written out here rather than
 * taken from the catalog's US_STATE_CODES, so that a jurisdiction dropped from the catalog's own list still fails.
 */
export const ALL_US_JURISDICTIONS = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
  "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
  "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
  "DC", "PR", "GU", "VI",
] as const;
