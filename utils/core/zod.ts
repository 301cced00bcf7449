import * as z from 'zod/mini';

// Zod 4 probes `new Function` for its JIT, which extension CSP reports as a violation.
z.config({ jitless: true });

export { z };
