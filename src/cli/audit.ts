import type { Command } from './io.js';
import { UsageError } from './io.js';

// Placeholder until the audit command lands (being built on its own branch).
export const audit: Command = () => Promise.reject(new UsageError('audit is not available in this build'));
