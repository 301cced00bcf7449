/** Limits shared by the user's settings and an organisation's policy (kept apart to avoid an import cycle). */
export const HANDOFF_MINUTES = { min: 5, max: 60 } as const;
