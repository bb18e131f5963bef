import { serve } from 'inngest/next';

import { sendFollowEmail, welcomeNewUser } from '@/inngest/functions';
import { inngest } from '@/lib/inngest';

// The route that serves Inngest functions is the queue's worker, not a user action.
export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser] });
