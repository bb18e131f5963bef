/**
 * Endpoints whose user action *is* the delivery: a contact form, an OTP or verification mail, a
 * magic link, a password reset, "resend invitation". Waiting for the mail there is the point of
 * the request (the user asked for it and wants to know whether it went out), so the audit lists
 * them as delivery endpoints and does not fail on them; dropping the work (floating) still fails.
 * The rule keeps reporting them. This is the one home of that recognition.
 *
 * Recognised conservatively, by whole words of the route's path segments (after `app/` or
 * `pages/`) and of the handler's own name (`sendOtp`, `resendInvitation`, `submitContactForm`),
 * never by substrings: `contact-us` and `contactForm` are, `contacts-sync` and `otpauth` are not.
 */

/** Word sequences that mark a delivery endpoint: one word, or consecutive words. */
const DELIVERY_WORDS: readonly (readonly string[])[] = [
  ['contact'],
  ['otp'],
  ['verify'],
  ['verification'],
  ['magic', 'link'],
  ['password', 'reset'],
  ['reset', 'password'],
  ['forgot', 'password'],
];
/** `resend` followed by `invite`, `invites`, `invitation`, `invitations`. */
const RESEND_INVITATION = /^invit(e|es|ation|ations)$/;

/** Splits `resend-invitation`, `resendInvitation`, `magic_link`, `OTP` into lower-case words. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function hasDeliveryWords(list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === 'resend' && RESEND_INVITATION.test(list[i + 1] ?? '')) return true;
    if (DELIVERY_WORDS.some((seq) => seq.every((w, j) => list[i + j] === w))) return true;
  }
  return false;
}

/** The path segments that name the route: those after the last `app/` or `pages/` folder (only the file's own name otherwise). */
function routeSegments(filename: string): string[] {
  const segments = filename.replace(/\\/g, '/').split('/').filter(Boolean);
  const base = (segments.pop() ?? '').replace(/\.[^.]+$/, '');
  const root = Math.max(segments.lastIndexOf('app'), segments.lastIndexOf('pages'));
  return [...(root === -1 ? [] : segments.slice(root + 1)), base];
}

/** Whether a handler's action is the delivery itself (contact form, OTP, verification, magic link, password reset, resend invitation). */
export function isDeliveryEndpoint(filename: string, handlerName: string): boolean {
  return routeSegments(filename).some((segment) => hasDeliveryWords(words(segment))) || hasDeliveryWords(words(handlerName));
}
