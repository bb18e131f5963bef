import { createRequire } from 'node:module';

interface PackageJson {
  name: string;
  version: string;
  repository: { type: string; url: string };
}

// Read at run time rather than imported, so package.json stays out of the compile (dist/ has no copy).
const pkg = createRequire(import.meta.url)('../package.json') as PackageJson;

export const packageName = pkg.name;
export const packageVersion = pkg.version;

/** The prefix of the plugin's rule ids and its key under `plugins` in a flat config. */
export const namespace = 'async-notifications';

/** The repository's web address, from package.json `repository.url` (`git+https://…/x.git` → `https://…/x`). */
export const repositoryUrl = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Where each rule's page lives; `meta.docs.url` of every rule is `${rulesDocsUrl}/<rule>.md`. */
export const rulesDocsUrl = `${repositoryUrl}/blob/main/docs/rules`;
