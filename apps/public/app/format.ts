/** What to show where the register has no value. */
export const NOT_RECORDED = "Not recorded";
