import type { Command } from './io.js';
import { UsageError } from './io.js';

// Placeholder until the migrate command lands (being built on its own branch).
export const migrate: Command = () => Promise.reject(new UsageError('migrate is not available in this build'));
